package dev.studyportal.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class ContentServiceMariaDbTest {

    @Autowired
    ContentService content;
    @Autowired
    PageRepository pages;
    @Autowired
    SectionRepository sections;
    @Autowired
    QuestionRepository questions;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;

    private long retiredQuestionId;

    @BeforeEach
    void storeABank() {
        DatabaseCleaner.empty(dataSource);
        transaction.executeWithoutResult(status -> {
            Page page = pages.save(new Page("interview/ml", "interview/ml.md", "ML interview"));
            Section basics = sections.save(new Section(page, "basics", "Basics", 0));
            Section tips = sections.save(new Section(page, "tips", "Practice Tips", 1));
            tips.describe("Practice Tips", 1, "- Think out loud");
            questions.save(question(basics, "What is 100% accuracy worth?", 0));
            questions.save(question(basics, "What is overfitting?", 1));
            Question retired = questions.save(question(basics, "What is a perceptron?", 2));
            retired.retire();
            retiredQuestionId = retired.id();
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
        assertThat(content.question(retiredQuestionId)).get()
                .satisfies(detail -> assertThat(detail.retired()).isTrue());
    }

    @Test
    void totals_count_active_content() {
        assertThat(content.totals()).isEqualTo(new ContentTotals(1, 2, 2));
    }

    private static Question question(Section section, String title, int position) {
        return new Question(QuestionKey.derived("interview/ml", title), section,
                new QuestionContent(title, "**Answer:** because."),
                new QuestionPlacement(String.valueOf(position + 1), position, "interview/ml.md", 10 + position));
    }
}
