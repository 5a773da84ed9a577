package dev.studyportal.core.assignment;

import java.time.Instant;

/**
 * A member finished an assignment with the rating at {@code at}: every question now counts by the {@link
 * CompletionRule}, {@code late} when some only after the due moment. Published once per finishing, inside the
 * rating's transaction.
 */
public record AssignmentCompleted(long assignmentId, long cohortId, long memberId, boolean late, Instant at) {}
