/**
 * Spaced repetition: each learner's card state per question, the append-only review log, and
 * today's queue, scheduled by FSRS-6.
 */
@NullMarked
package dev.studyportal.core.review;

import org.jspecify.annotations.NullMarked;
