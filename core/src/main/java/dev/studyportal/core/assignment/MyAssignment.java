package dev.studyportal.core.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of a member's assignments, for Today: where they stand, and which of their plans take it in.
 *
 * @param planIds the learner's plans that include the assignment
 */
public record MyAssignment(
        long id,
        long cohortId,
        String cohortName,
        String setName,
        LocalDate dueDate,
        Instant dueAt,
        ZoneId zone,
        @Nullable String note,
        AssignmentState state,
        int counting,
        int questions,
        List<Long> planIds) {

    public MyAssignment {
        planIds = List.copyOf(planIds);
    }
}
