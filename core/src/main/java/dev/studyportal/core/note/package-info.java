/** Learners' notes on questions. */
@NullMarked
package dev.studyportal.core.note;

import org.jspecify.annotations.NullMarked;
