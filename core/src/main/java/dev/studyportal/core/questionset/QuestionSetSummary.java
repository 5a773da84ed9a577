package dev.studyportal.core.questionset;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A set as its author sees it in their list.
 *
 * @param size    questions in the set, retired ones included
 * @param retired of those, the ones the bank has retired since they were added
 */
public record QuestionSetSummary(
        long id, String name, @Nullable String description, long size, long retired, Instant updatedAt) {}
