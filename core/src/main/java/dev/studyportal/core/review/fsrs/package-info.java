/**
 * The FSRS-6 spaced-repetition scheduler, ported from open-spaced-repetition's py-fsrs and checked
 * against its published test cases. Pure computation: no persistence, no clock of its own.
 *
 * <p>
 * Upstream followed: py-fsrs 6.3.1 (commit 3abe686) with the same-day rule of fsrs-rs #376 (commit 8b74039),
 * released in ts-fsrs 5.3.0 and py-fsrs 6.3.2: a review less than a day after the previous one never lowers
 * stability unless it is Again, where before only Good and Easy were protected.
 */
@NullMarked
package dev.studyportal.core.review.fsrs;

import org.jspecify.annotations.NullMarked;
