package dev.studyportal.core.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * An assignment of a cohort as its members see it listed.
 *
 * @param dueAt      the due moment: the end of {@code dueDate} in the cohort's time zone {@code zone}
 * @param questions  the set's active questions
 * @param completion how the class stands, for the cohort's owners and instructors only; null for members
 */
public record AssignmentSummary(
        long id,
        long cohortId,
        long setId,
        String setName,
        int questions,
        LocalDate dueDate,
        Instant dueAt,
        ZoneId zone,
        @Nullable String note,
        Instant assignedAt,
        @Nullable Completion completion) {

    /** How many of the cohort's members are in each state. */
    public record Completion(int members, int done, int doneLate, int overdue, int behind) {}
}
