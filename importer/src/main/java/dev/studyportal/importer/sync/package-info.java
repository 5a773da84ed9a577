/** Applies a parsed bank to the database without ever losing a learner's progress. */
@NullMarked
package dev.studyportal.importer.sync;

import org.jspecify.annotations.NullMarked;
