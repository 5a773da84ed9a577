/** Syncs a Markdown question bank into the database: {@link dev.studyportal.importer.BankImporter} is the way in. */
@NullMarked
package dev.studyportal.importer;

import org.jspecify.annotations.NullMarked;
