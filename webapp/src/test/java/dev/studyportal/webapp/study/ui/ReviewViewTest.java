package dev.studyportal.webapp.study.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.base.ui.MarkdownContent;
import java.nio.file.Path;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "reviewer", roles = "LEARNER")
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewService reviews;

    @Autowired
    BankImporter importer;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void aFreshLearnerWithTheSeedBank() {
        DatabaseCleaner.empty(dataSource);
        importer.sync(Path.of("../docs"), false);
        TestLearners.ensure(accounts, "reviewer");
    }

    @Test
    void a_new_learner_starts_with_the_first_question_and_its_answer_hidden() {
        ReviewView view = navigate(ReviewView.class);

        assertThat(view.title.getText())
                .isEqualTo("1. What is the difference between machine learning and deep learning?");
        assertThat(view.progress.getText()).isEqualTo("0 due · 20 new · 0 done today");
        assertThat(view.answer.isVisible()).isFalse();
        assertThat(view.ratings.isVisible()).isFalse();
    }

    @Test
    void the_keyboard_alone_reveals_and_rates() {
        ReviewView view = navigate(ReviewView.class);

        fireShortcut(Key.SPACE);
        assertThat(view.answer.isVisible()).isTrue();
        assertThat($(MarkdownContent.class, view.answer).single().getHtml())
                .contains("<strong>Machine Learning</strong>");
        assertThat(view.ratings.buttons.get(Rating.AGAIN).getText()).isEqualTo("Again · 1 min");
        assertThat(view.ratings.buttons.get(Rating.GOOD).getText()).isEqualTo("Good · 10 min");
        assertThat(view.ratings.buttons.get(Rating.EASY).getText()).isEqualTo("Easy · 8 d");

        fireShortcut(Key.DIGIT_3);

        assertThat(view.title.getText()).startsWith("2. ");
        assertThat(view.progress.getText()).endsWith("1 done today");
    }

    @Test
    void undo_brings_back_the_card_just_rated() {
        ReviewView view = navigate(ReviewView.class);
        test(view.showAnswer).click();
        test(view.ratings.buttons.get(Rating.EASY)).click();
        assertThat(view.title.getText()).startsWith("2. ");

        fireShortcut(Key.KEY_U);

        assertThat(view.title.getText()).startsWith("1. ");
        assertThat(view.progress.getText()).isEqualTo("0 due · 20 new · 0 done today");
    }

    @Test
    void an_again_taken_back_by_undo_is_not_in_the_session_summary() {
        accounts.updatePreferences("reviewer", new StudyPreferences(0.9, 1, 200, ZoneId.of("UTC")));
        ReviewView view = navigate(ReviewView.class);
        fireShortcut(Key.SPACE);
        fireShortcut(Key.DIGIT_1);

        fireShortcut(Key.KEY_U);
        fireShortcut(Key.SPACE);
        fireShortcut(Key.DIGIT_4);

        assertThat(view.summary.isVisible()).isTrue();
        assertThat(view.summary.getElement().getTextRecursively())
                .contains("You rated 1 question in this session.")
                .doesNotContain("Again");
    }

    @Test
    void when_the_daily_limit_is_reached_a_summary_says_what_was_done() {
        accounts.updatePreferences("reviewer", new StudyPreferences(0.9, 2, 200, ZoneId.of("UTC")));
        ReviewView view = navigate(ReviewView.class);

        for (int i = 0; i < 2; i++) {
            fireShortcut(Key.SPACE);
            fireShortcut(Key.DIGIT_4);
        }

        assertThat(view.card.isVisible()).isFalse();
        assertThat(view.summary.isVisible()).isTrue();
        assertThat(view.summary.getElement().getTextRecursively()).contains("Session done", "You rated 2 questions");
        assertThat(reviews.agenda("reviewer").reviewedToday()).isEqualTo(2);
    }
}
