package dev.studyportal.bench.bank;

import java.util.List;

/**
 * What one synthetic page holds, before its answers are written: answers come from
 * {@link AnswerWriter} by question index and revision, so an edit changes no plan.
 *
 * @param file the page's path relative to the bank's root, such as {@code 03-statistics/007-dropout.md}
 */
record PagePlan(
        String file,
        String id,
        String title,
        List<String> tags,
        int sidebarPosition,
        boolean hasIntroduction,
        List<SectionPlan> sections,
        boolean hasFurtherReading) {

    record SectionPlan(String title, List<QuestionPlan> questions) {}

    /** @param index the question's number across the whole bank, from 0 */
    record QuestionPlan(int index, String title) {}

    int questionCount() {
        return sections.stream().mapToInt(section -> section.questions().size()).sum();
    }
}
