package dev.studyportal.webapp.study.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.library.LibraryService;
import dev.studyportal.core.note.NoteService;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.base.ui.MarkdownContent;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "learner", roles = "LEARNER")
class QuestionViewTest extends SpringBrowserlessTest {

    @Autowired
    LibraryService library;

    @Autowired
    AccountService accounts;

    @Autowired
    NoteService notes;

    @Autowired
    ReviewService reviews;

    @BeforeEach
    void theLearnerHasAnAccount() {
        TestLearners.ensure(accounts, "learner");
    }

    @Test
    void the_answer_stays_hidden_until_the_learner_asks_for_it() {
        QuestionView view = open("How would you implement a custom loss function in PyTorch?");

        assertThat(view.title.getText()).isEqualTo("14. How would you implement a custom loss function in PyTorch?");
        assertThat(view.answer.isVisible()).isFalse();

        test(view.showAnswer).click();

        assertThat(view.answer.isVisible()).isTrue();
        assertThat(view.showAnswer.isVisible()).isFalse();
        String html = $(MarkdownContent.class, view.answer).single().getHtml();
        assertThat(html).contains("<strong>Answer:</strong>", "<pre><code class=\"language-python\">", "# Usage");
    }

    @Test
    void lists_and_bold_text_render_in_answers() {
        QuestionView view = open("What is the vanishing gradient problem?");
        test(view.showAnswer).click();

        assertThat($(MarkdownContent.class, view.answer).single().getHtml())
                .contains("<ul>", "<li>Use ReLU activation functions</li>", "<strong>Causes:</strong>");
    }

    @Test
    void an_unknown_question_id_says_so_instead_of_failing() {
        QuestionView view = navigate("question/999999999", QuestionView.class);

        assertThat(view.title.getText()).isEqualTo("No such question");
        assertThat(view.showAnswer.isVisible()).isFalse();
    }

    @Test
    void a_note_is_saved_as_the_learner_types_and_is_there_on_return() {
        QuestionView view = open("What is learning rate scheduling?");

        test(view.note).setValue("Warm-up, then cosine decay.");

        long id = idOf("What is learning rate scheduling?");
        assertThat(notes.note("learner", id)).isEqualTo("Warm-up, then cosine decay.");
        assertThat(open("What is learning rate scheduling?").note.getValue()).isEqualTo("Warm-up, then cosine decay.");
    }

    @Test
    void the_bookmark_button_toggles_and_says_its_state() {
        QuestionView view = open("Explain the concept of attention mechanisms.");
        boolean before = view.bookmark.getText().equals("Bookmarked");

        test(view.bookmark).click();

        assertThat(view.bookmark.getText()).isEqualTo(before ? "Bookmark" : "Bookmarked");
    }

    @Test
    void progress_shows_after_a_review() {
        long id = idOf("What is the difference between RNNs and LSTMs?");
        reviews.rate("learner", id, Rating.GOOD, Duration.ofSeconds(3));

        QuestionView view = open("What is the difference between RNNs and LSTMs?");

        assertThat(view.progress.summary.getText()).startsWith("Learning · 1 review, 0 forgotten");
        assertThat(view.progress.history.getChildren().count()).isEqualTo(1);
    }

    private QuestionView open(String title) {
        return navigate("question/" + idOf(title), QuestionView.class);
    }

    private long idOf(String title) {
        return library.find("learner", LibraryFilter.all().matching(title), PageRequest.of(0, 20)).stream()
                .filter(entry -> entry.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
