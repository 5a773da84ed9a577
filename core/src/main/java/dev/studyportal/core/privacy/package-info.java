/**
 * A person's rights over what the portal keeps about them: a copy of all of it (JSON, or CSV files
 * in a zip). Deleting it all is {@code AccountService.deleteOwnAccount}, which each feature follows.
 */
@NullMarked
package dev.studyportal.core.privacy;

import org.jspecify.annotations.NullMarked;
