package dev.studyportal.core.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How ready a learner is predicted to be on their interview date (docs/adr/0007-readiness.md).
 *
 * @param withoutReviews   mean predicted recall on the date if the learner stopped reviewing now
 * @param followingPlan    the same if they follow the plan
 * @param curve            one point a day from today to the date, both ways
 * @param weakest          the studied questions least likely to be recalled on the date, weakest first
 * @param target           the readiness aimed at, the learner's target recall in Settings (90% unless changed)
 * @param effort           what reaching {@code target} takes
 * @param questions        questions in scope
 * @param studied          of those, the ones the learner has rated at least once
 * @param medianAnswer     the learner's median time per rating, from their latest ratings
 * @param medianMeasured   false when the learner has no ratings yet and {@code medianAnswer} is an assumption
 */
public record PlanReadiness(
        long planId,
        String planName,
        LocalDate interviewDate,
        double withoutReviews,
        double followingPlan,
        List<ReadinessPoint> curve,
        List<QuestionReadiness> weakest,
        double target,
        TargetEffort effort,
        int questions,
        int studied,
        Duration medianAnswer,
        boolean medianMeasured) {

    public PlanReadiness {
        curve = List.copyOf(curve);
        weakest = List.copyOf(weakest);
    }
}
