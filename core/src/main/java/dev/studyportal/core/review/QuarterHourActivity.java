package dev.studyportal.core.review;

import java.time.Instant;

/**
 * A learner's ratings in one quarter hour starting at {@code start} (UTC), as {@link ReviewRollup} keeps them:
 * how many, the time spent on them, and of the ratings of cards in review state how many were not "Again".
 */
public record QuarterHourActivity(
        Instant start, long reviews, long durationMs, long matureReviews, long matureRecalled) {}
