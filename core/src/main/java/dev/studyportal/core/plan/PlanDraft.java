package dev.studyportal.core.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A plan as the learner fills it in, before the service checks it against today and the bank.
 *
 * @param dailyNewBudget new questions a day; null lets the plan derive it from the interview date
 */
public record PlanDraft(
        String name,
        PlanScope scope,
        @Nullable LocalDate startDate,
        @Nullable LocalDate interviewDate,
        @Nullable Integer dailyNewBudget) {}
