package dev.studyportal.core.review;

import dev.studyportal.core.review.fsrs.Rating;
import java.time.Instant;

/**
 * A learner rated a question, published inside the rating's transaction once its log entry is written, for
 * features that follow progress as it happens (assignments notice a member finishing one) without the review
 * feature knowing about them.
 */
public record QuestionRated(long learnerId, long questionId, Rating rating, Instant at) {}
