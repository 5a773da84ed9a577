package dev.studyportal.core.questionset;

import org.jspecify.annotations.Nullable;

/**
 * One question of a set, in the set's order, as the bank has it now: its current title and place, and whether
 * the bank has retired it (a retired question stays in the set).
 *
 * @param position 0 for the first question
 */
public record QuestionSetItem(
        long questionId,
        int position,
        @Nullable String displayNumber,
        String title,
        String pageTitle,
        String sectionTitle,
        boolean retired) {}
