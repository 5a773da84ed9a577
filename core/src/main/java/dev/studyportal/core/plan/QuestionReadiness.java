package dev.studyportal.core.plan;

/** One question's predicted recall on the interview date, both ways ({@link ReadinessPoint}). */
public record QuestionReadiness(long questionId, String title, double withoutReviews, double followingPlan) {}
