package dev.studyportal.bench.bank;

import dev.studyportal.bench.bank.PagePlan.QuestionPlan;
import dev.studyportal.bench.bank.PagePlan.SectionPlan;
import java.util.function.IntFunction;

/**
 * Renders a planned page as a Docusaurus author would write it: front matter, a title, an
 * introduction on most pages, {@code ##} sections of numbered {@code ###} questions, and on some a
 * reading section of links, which the importer must keep as reading content.
 */
final class PageWriter {

    private PageWriter() {}

    /** @param answers the answer Markdown of a question, by its index in the bank */
    static String render(PagePlan page, IntFunction<String> answers) {
        StringBuilder text = new StringBuilder("---\n")
                .append("id: ")
                .append(page.id())
                .append('\n')
                .append("title: \"")
                .append(page.title())
                .append("\"\n")
                .append("tags: [")
                .append(String.join(", ", page.tags()))
                .append("]\n")
                .append("sidebar_position: ")
                .append(page.sidebarPosition())
                .append('\n')
                .append("---\n\n")
                .append("# ")
                .append(page.title())
                .append("\n\n");
        if (page.hasIntroduction()) {
            text.append("Questions an interviewer asks about ")
                    .append(page.tags().getLast().replace('-', ' '))
                    .append(", with answers to check yourself against.\n\n");
        }
        int number = 1;
        for (SectionPlan section : page.sections()) {
            text.append("## ").append(section.title()).append("\n\n");
            for (QuestionPlan question : section.questions()) {
                text.append("### ")
                        .append(number++)
                        .append(". ")
                        .append(question.title())
                        .append("\n\n")
                        .append(answers.apply(question.index()))
                        .append("\n\n");
            }
        }
        if (page.hasFurtherReading()) {
            text.append("## Further Reading\n\n")
                    .append("- [The original paper](https://example.org/papers/")
                    .append(page.id())
                    .append(")\n")
                    .append("- [A worked example](https://example.org/examples/")
                    .append(page.id())
                    .append(")\n\n");
        }
        return text.toString().stripTrailing() + "\n";
    }
}
