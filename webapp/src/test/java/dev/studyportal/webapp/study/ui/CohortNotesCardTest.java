package dev.studyportal.webapp.study.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.note.NoteService;
import dev.studyportal.core.note.SharedNoteService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestCohortRows;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.base.ui.MarkdownContent;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** The question page's shared notes, as "note-reader" sees them: in one cohort with a classmate, not in another. */
@PortalTest
@WithMockUser(username = "note-reader", roles = "LEARNER")
class CohortNotesCardTest extends SpringBrowserlessTest {

    static final String ME = "note-reader";
    static final String CLASSMATE = "note-classmate";
    static final String STRANGER = "note-stranger";

    @Autowired
    AccountService accounts;

    @Autowired
    NoteService notes;

    @Autowired
    SharedNoteService shared;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    long question;
    long ours;

    @BeforeEach
    void aCohortWithAClassmateAndAnotherWithAStranger() {
        Stream.of(ME, CLASSMATE, STRANGER).forEach(name -> TestLearners.ensure(accounts, name));
        question = jdbc.queryForObject("SELECT MIN(id) FROM question WHERE retired = FALSE", Long.class);
        jdbc.update(
                "DELETE FROM shared_note WHERE user_account_id IN (SELECT id FROM user_account WHERE username LIKE 'note-%')");
        jdbc.update(
                "DELETE FROM cohort_member WHERE user_account_id IN (SELECT id FROM user_account WHERE username LIKE 'note-%')");
        jdbc.update(
                "DELETE FROM note WHERE user_account_id IN (SELECT id FROM user_account WHERE username LIKE 'note-%')");
        ours = TestCohortRows.cohort(
                transaction, entityManager, "Study group", clock.instant().minus(Duration.ofHours(1)), CLASSMATE, ME);
        long theirs = TestCohortRows.cohort(
                transaction, entityManager, "Other group", clock.instant().minus(Duration.ofHours(1)), STRANGER);
        TestLearners.signedInAs(CLASSMATE, () -> {
            notes.save(CLASSMATE, question, "Think of **bias** first.");
            shared.share(CLASSMATE, question, ours);
        });
        TestLearners.signedInAs(STRANGER, () -> {
            notes.save(STRANGER, question, "Not for you.");
            shared.share(STRANGER, question, theirs);
        });
    }

    @Test
    void a_classmates_shared_note_shows_under_the_learners_own_with_author_and_date_and_a_strangers_does_not() {
        QuestionView view = navigate("question/" + question, QuestionView.class);

        assertThat(view.cohortNotes.others.isVisible()).isTrue();
        String text = view.cohortNotes.others.getElement().getTextRecursively();
        assertThat(text).contains("Test " + CLASSMATE + " · Study group · ").doesNotContain("Not for you");
        assertThat($(MarkdownContent.class, view.cohortNotes.others).single().getHtml())
                .contains("<strong>bias</strong>");
    }

    @Test
    void the_learner_shares_a_copy_and_withdraws_it() {
        QuestionView view = navigate("question/" + question, QuestionView.class);
        test(view.note).setValue("My own take.");

        test(button(view, "Share")).click();

        assertThat(state(view)).startsWith("Study group: shared on ");
        assertThat(TestLearners.asLearner(CLASSMATE, () -> shared.sharedWith(CLASSMATE, question)))
                .extracting(note -> note.body())
                .containsExactly("My own take.");

        test(view.note).setValue("My own take, revised in private.");
        assertThat(state(view)).contains("your note has changed since");
        assertThat(TestLearners.asLearner(CLASSMATE, () -> shared.sharedWith(CLASSMATE, question)))
                .extracting(note -> note.body())
                .containsExactly("My own take.");

        test(button(view, "Withdraw")).click();
        assertThat(state(view)).isEqualTo("Study group: not shared");
        assertThat(TestLearners.asLearner(CLASSMATE, () -> shared.sharedWith(CLASSMATE, question)))
                .isEmpty();
    }

    @Test
    void an_empty_note_is_not_shared_and_the_learner_is_told_why() {
        QuestionView view = navigate("question/" + question, QuestionView.class);

        test(button(view, "Share")).click();

        assertThat(view.cohortNotes.problem.isVisible()).isTrue();
        assertThat(view.cohortNotes.problem.getText())
                .isEqualTo("Your note on this question is empty: write it first, then share it.");
        assertThat(state(view)).isEqualTo("Study group: not shared");
    }

    private static HorizontalLayout row(QuestionView view) {
        return (HorizontalLayout) view.cohortNotes.sharing.getComponentAt(1);
    }

    private static String state(QuestionView view) {
        return ((Span) row(view).getComponentAt(0)).getText();
    }

    private static Button button(QuestionView view, String text) {
        return row(view)
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(button -> button.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }
}
