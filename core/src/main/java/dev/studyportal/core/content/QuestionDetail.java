package dev.studyportal.core.content;

import org.jspecify.annotations.Nullable;

/** Everything the question page shows. The answer is the bank's Markdown, untrusted until rendered safely. */
public record QuestionDetail(
        long id,
        QuestionKey key,
        @Nullable String displayNumber,
        String title,
        String answerMarkdown,
        int contentVersion,
        long sectionId,
        String sectionTitle,
        String pageTitle,
        String sourcePath,
        int sourceLine,
        boolean retired,
        @Nullable String customEditUrl) {}
