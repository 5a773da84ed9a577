package dev.studyportal.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's own bank, docs/: the first page every installation imports. */
class SeedBankParserTest {

    private static ParsedPage seed;

    @BeforeAll
    static void parseTheSeed() {
        ParsedBank bank = new MarkdownBankParser().parse(Path.of("../docs"));
        assertThat(bank.errors()).isEmpty();
        assertThat(bank.pages()).extracting(ParsedPage::path).containsExactly("interview/common-questions.md");
        seed = bank.pages().getFirst();
    }

    @Test
    void the_seed_has_nine_sections_seven_of_them_with_questions() {
        assertThat(seed.sections())
                .extracting(ParsedSection::title)
                .containsExactly(
                        "Theory & Fundamentals",
                        "Mathematics",
                        "Optimization",
                        "Neural Network Architectures",
                        "Implementation",
                        "System Design",
                        "Behavioral Questions",
                        "Practice Tips",
                        "Further Resources");
        assertThat(seed.sections())
                .filteredOn(section -> !section.questions().isEmpty())
                .hasSize(7);
        assertThat(seed.questionCount()).isEqualTo(20);
    }

    @Test
    void the_page_is_described_by_its_front_matter_and_heading() {
        assertThat(seed.docId()).isEqualTo("interview/common-questions");
        assertThat(seed.title()).isEqualTo("Common Interview Questions");
        assertThat(seed.sidebarPosition()).isEqualTo(1);
        assertThat(seed.category()).isEqualTo(new ParsedCategory("interview", "Interview questions", 1.0));
    }

    @Test
    void questions_keep_their_number_apart_from_their_title() {
        ParsedQuestion first = seed.sections().getFirst().questions().getFirst();

        assertThat(first.displayNumber()).isEqualTo("1");
        assertThat(first.title()).isEqualTo("What is the difference between machine learning and deep learning?");
        assertThat(first.key().value())
                .isEqualTo(
                        "interview/common-questions#what-is-the-difference-between-machine-learning-and-deep-learning");
        assertThat(first.line()).isEqualTo(9);
        assertThat(first.answer())
                .startsWith("**Answer:**\n- **Machine Learning**")
                .endsWith("- Interpretability: ML models are often more interpretable");
    }

    @Test
    void a_heading_inside_a_code_fence_stays_in_its_answer() {
        ParsedQuestion pytorch = question("How would you implement a custom loss function in PyTorch?");
        ParsedQuestion next = question("How do you handle imbalanced datasets?");

        assertThat(pytorch.answer())
                .contains("```python", "# Usage", "criterion = CustomLoss()")
                .endsWith("```");
        assertThat(next.displayNumber()).isEqualTo("15");
    }

    @Test
    void practice_tips_are_reading_content_not_questions() {
        ParsedSection tips = section("Practice Tips");

        assertThat(tips.questions()).isEmpty();
        assertThat(tips.readingBody())
                .startsWith("### Before the Interview:")
                .contains("### During the Interview:", "### Common Mistakes to Avoid:", "- Think out loud");
        assertThat(section("Further Resources").readingBody()).contains("[System Design Primer]");
    }

    @Test
    void a_bold_answer_structure_label_makes_a_question_too() {
        assertThat(question("Tell me about a challenging ML project you worked on.")
                        .answer())
                .startsWith("**Answer Structure:**");
    }

    private static ParsedSection section(String title) {
        return seed.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private static ParsedQuestion question(String title) {
        List<ParsedQuestion> all =
                seed.sections().stream().flatMap(s -> s.questions().stream()).toList();
        return all.stream().filter(q -> q.title().equals(title)).findFirst().orElseThrow();
    }
}
