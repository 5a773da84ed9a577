package dev.studyportal.core.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A plan as its owner sees it in a list or a form.
 *
 * @param questions active questions in scope now
 * @param newLeft   of those, the ones the learner has never rated
 * @param pace      the pace in a sentence ("12 new a day until 14 Jan, then reviews only.")
 */
public record PlanSummary(
        long id,
        String name,
        PlanScope scope,
        LocalDate startDate,
        @Nullable LocalDate interviewDate,
        @Nullable Integer dailyNewBudget,
        boolean archived,
        long questions,
        long newLeft,
        String pace) {}
