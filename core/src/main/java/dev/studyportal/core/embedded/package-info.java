/**
 * The embedded database of a zero-setup start: kept to this machine and behind a password of its own,
 * though it is only a file under ./data.
 */
@NullMarked
package dev.studyportal.core.embedded;

import org.jspecify.annotations.NullMarked;
