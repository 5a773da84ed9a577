package dev.studyportal.core.questionset;

import org.jspecify.annotations.Nullable;

/** A set's name and description as typed in a form, before they are checked. */
public record QuestionSetDraft(
        @Nullable String name, @Nullable String description) {}
