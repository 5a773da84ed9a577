package dev.studyportal.core.assignment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An assignment as the create dialog fills it in; fields may be empty, and the service says what is missing.
 *
 * @param setId   one of the assigner's own question sets
 * @param dueDate a day in the cohort's time zone, today or later
 * @param note    up to {@value Assignment#NOTE_LENGTH} characters for the members, or empty
 */
public record AssignmentDraft(
        @Nullable Long setId,
        @Nullable LocalDate dueDate,
        @Nullable String note) {}
