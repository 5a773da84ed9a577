package dev.studyportal.webapp.study.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.library.LibraryService;
import dev.studyportal.core.note.NoteService;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The one id a learner can change in an address: {@code /question/{id}}. Whatever id they type, they get
 * the shared question and their own progress, bookmark and note with it, never another learner's. Retired
 * questions and those on unlisted pages open by their address on purpose: a bookmark to a question that
 * left the bank keeps its history, and Docusaurus publishes unlisted pages to whoever has the link.
 */
@PortalTest
@WithMockUser(username = QuestionAddressTest.VISITOR, roles = "LEARNER")
class QuestionAddressTest extends SpringBrowserlessTest {

    static final String VISITOR = "address-visitor";
    static final String OWNER = "address-owner";
    static final String FOLDER = "address-test";

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewService reviews;

    @Autowired
    NoteService notes;

    @Autowired
    LibraryService library;

    @Autowired
    BankImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path bank;

    @BeforeEach
    void twoLearners() {
        TestLearners.ensure(accounts, VISITOR);
        TestLearners.ensure(accounts, OWNER);
    }

    @AfterEach
    void theTestPagesLeaveTheBank() throws IOException {
        // Retired, they are left alone by every later sync of the project's bank that other tests run.
        Files.createDirectories(bank.resolve("empty"));
        sync(bank.resolve("empty"));
    }

    @Test
    void another_learners_progress_bookmark_and_note_never_show_at_the_same_address() {
        long id = jdbc.queryForObject("SELECT MIN(id) FROM question WHERE retired = FALSE", Long.class);
        TestLearners.signedInAs(OWNER, () -> {
            reviews.rate(OWNER, id, Rating.GOOD, Duration.ofSeconds(4));
            if (!reviews.card(OWNER, id).bookmarked()) {
                reviews.toggleBookmark(OWNER, id);
            }
            notes.save(OWNER, id, "The owner's private note.");
        });

        QuestionView view = open(id);

        assertThat(view.title.getText()).isNotEqualTo("No such question");
        assertThat(view.note.getValue()).isEmpty();
        assertThat(view.bookmark.getText()).isEqualTo("Bookmark");
        assertThat(view.progress.summary.getText()).startsWith("Not reviewed yet");
    }

    @Test
    void a_retired_question_opens_by_its_address_and_says_it_left_the_bank() throws IOException {
        importPages(true);
        importPages(false);
        long retired = idOf("What leaves the bank?");

        QuestionView view = open(retired);

        assertThat(view.title.getText()).isEqualTo("What leaves the bank?");
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText()).contains("has left the question bank");
        assertThat(listed("What leaves the bank?")).isFalse();
    }

    @Test
    void a_question_on_an_unlisted_page_opens_by_its_address_but_no_list_offers_it() throws IOException {
        importPages(false);
        long unlisted = idOf("What is reachable by its link alone?");

        QuestionView view = open(unlisted);

        assertThat(view.title.getText()).isEqualTo("What is reachable by its link alone?");
        assertThat(view.notice.isVisible()).isFalse();
        assertThat(listed("What is reachable by its link alone?")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "999999999", "99999999999999999999", "abc", "1%20OR%201=1", "%27"})
    void an_address_that_leads_to_no_question_says_so(String id) {
        QuestionView view = open(id);

        assertThat(view.title.getText()).isEqualTo("No such question");
        assertThat(view.notice.getText()).contains("does not lead to a question");
        assertThat(view.note.isVisible()).isFalse();
    }

    private QuestionView open(Object id) {
        return navigate("question/" + id, QuestionView.class);
    }

    private void importPages(boolean withTheLeavingPage) throws IOException {
        Path folder =
                bank.resolve(withTheLeavingPage ? "both" : "unlisted-only").resolve(FOLDER);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("unlisted.md"), """
                ---
                unlisted: true
                ---
                ## Hidden
                ### What is reachable by its link alone?
                **Answer:** A question on an unlisted page.
                """);
        if (withTheLeavingPage) {
            Files.writeString(folder.resolve("leaving.md"), """
                    ## Leaving
                    ### What leaves the bank?
                    **Answer:** This question, at the next sync.
                    """);
        }
        sync(folder.getParent());
    }

    private void sync(Path root) {
        importer.sync(
                root,
                new SyncOptions(false, false, "address test", ImportTrigger.CLI, null).withScope(FOLDER),
                SyncProgress.NONE);
    }

    private long idOf(String title) {
        return jdbc.queryForObject("SELECT id FROM question WHERE title = ?", Long.class, title);
    }

    private boolean listed(String title) {
        return library.find(VISITOR, LibraryFilter.all().matching(title), PageRequest.of(0, 50)).stream()
                .anyMatch(entry -> entry.title().equals(title));
    }
}
