/**
 * Turns where a bank comes from — a folder, a Git repository, an uploaded file or zip — into a
 * local folder the parser can read, for as long as a {@link dev.studyportal.importer.source.CheckedOutBank}
 * is open. Nothing here knows about Markdown beyond which files an upload keeps.
 */
@NullMarked
package dev.studyportal.importer.source;

import org.jspecify.annotations.NullMarked;
