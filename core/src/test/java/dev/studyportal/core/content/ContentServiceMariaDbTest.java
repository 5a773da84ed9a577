package dev.studyportal.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.TestBank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class ContentServiceMariaDbTest {

    @Autowired
    ContentService content;

    @Autowired
    TestBank bank;

    private long retiredQuestionId;

    @BeforeEach
    void storeABank() {
        bank.reset();
        bank.write(written -> {
            Page page = written.page("interview/ml", "ML interview");
            Section basics = written.section(page, "basics", "Basics");
            written.section(page, "tips", "Practice Tips").describe("Practice Tips", 1, "- Think out loud");
            written.question(basics, "What is 100% accuracy worth?", "**Answer:** because.");
            written.question(basics, "What is overfitting?", "**Answer:** because.");
            retiredQuestionId = written.question(basics, "What is a perceptron?", "**Answer:** because.");
            written.question(retiredQuestionId).retire();
        });
    }

    @Test
    void sections_are_listed_in_order_with_their_active_question_counts() {
        assertThat(content.sections())
                .extracting(SectionSummary::title, SectionSummary::questionCount, SectionSummary::isReading)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Basics", 2L, false),
                        org.assertj.core.groups.Tuple.tuple("Practice Tips", 0L, true));
    }

    @Test
    void a_retired_question_still_opens_by_id() {
        assertThat(content.question(retiredQuestionId))
                .get()
                .satisfies(detail -> assertThat(detail.retired()).isTrue());
    }

    @Test
    void totals_count_active_content() {
        assertThat(content.totals()).isEqualTo(new ContentTotals(1, 2, 2));
    }
}
