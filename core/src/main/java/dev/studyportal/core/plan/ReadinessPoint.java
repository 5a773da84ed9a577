package dev.studyportal.core.plan;

import java.time.LocalDate;

/**
 * Plan readiness on one day, at noon in the learner's time zone: the mean predicted recall over the
 * plan's scope, new questions counting 0 until introduced.
 *
 * @param withoutReviews if the learner stopped reviewing now
 * @param followingPlan  if the learner follows the plan: every due review taken and rated Good, new
 *                       questions introduced at the plan's pace
 */
public record ReadinessPoint(LocalDate day, double withoutReviews, double followingPlan) {}
