/**
 * The FSRS-6 spaced-repetition scheduler, ported from open-spaced-repetition's py-fsrs and checked
 * against its published test cases. Pure computation: no persistence, no clock of its own.
 */
@NullMarked
package dev.studyportal.core.review.fsrs;

import org.jspecify.annotations.NullMarked;
