package dev.studyportal.importer.parse;

import dev.studyportal.core.content.QuestionKey;
import org.jspecify.annotations.Nullable;

/** A question as the Markdown states it; {@code line} is where its heading stands. */
public record ParsedQuestion(QuestionKey key, @Nullable String displayNumber, String title, String answer, int line) {}
