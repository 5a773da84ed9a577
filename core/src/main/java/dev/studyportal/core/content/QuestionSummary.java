package dev.studyportal.core.content;

import org.jspecify.annotations.Nullable;

/** A question as a list shows it, without its answer. */
public record QuestionSummary(long id, @Nullable String displayNumber, String title, long sectionId,
                              String sectionTitle, String pageTitle) {
}
