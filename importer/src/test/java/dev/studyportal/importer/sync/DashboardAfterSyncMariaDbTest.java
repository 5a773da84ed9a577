package dev.studyportal.importer.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.core.dashboard.DashboardService;
import dev.studyportal.core.dashboard.SectionMastery;
import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.ImporterTestApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboard keeps the bank's questions per section between learners (BankSections): each sync that changes
 * the bank shows on the next dashboard, and a run that changes nothing, or only looks, keeps what is kept.
 */
@SpringBootTest(classes = ImporterTestApplication.class)
@MariaDbTest
class DashboardAfterSyncMariaDbTest {

    static final String PAGE = "ml.md";
    static final String BASICS = """
            ## Basics
            ### 1. What is overfitting?
            **Answer:** A model that fits its training data so closely that it does badly on new data.
            ### 2. What is a validation set?
            **Answer:** Data held back from training to choose the model and its settings.
            """;
    static final String OPTIMIZERS = """
            ## Optimizers
            ### 1. How does Adam work?
            **Answer:** Gradient descent with per-parameter step sizes from running moments of the gradient.
            """;
    static final String DROPOUT = """
            ### 3. What is dropout?
            **Answer:** Switching off random units during training so that none can rely on another.
            """;

    @Autowired
    BankImporter importer;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ReviewService reviews;

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionRepository questions;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    TestBank bank;

    @BeforeEach
    void aBankAndALearnerWhoSawItsSections() {
        DatabaseCleaner.empty(dataSource);
        bank = new TestBank(folder).write(PAGE, BASICS + OPTIMIZERS);
        assertThat(sync(false).ok()).isTrue();
        accounts.create(new SignUp("ana", "Ana", null, "a long password"), EnumSet.of(Role.LEARNER));
        assertThat(dashboards.dashboard("ana").mastery())
                .extracting(SectionMastery::sectionTitle, SectionMastery::fresh)
                .containsExactly(tuple("Basics", 2L), tuple("Optimizers", 1L));
    }

    @Test
    void a_sync_that_adds_a_question_shows_it_on_the_next_dashboard() {
        bank.write(PAGE, BASICS + DROPOUT + OPTIMIZERS);

        assertThat(sync(false).changes()).extracting(QuestionChange::change).containsExactly(ChangeKind.ADDED);

        assertThat(dashboards.dashboard("ana").mastery())
                .extracting(SectionMastery::sectionTitle, SectionMastery::fresh)
                .containsExactly(tuple("Basics", 3L), tuple("Optimizers", 1L));
    }

    @Test
    void a_dry_run_that_would_add_a_question_leaves_the_dashboard_as_it_was() {
        bank.write(PAGE, BASICS + DROPOUT + OPTIMIZERS);

        sync(true);

        assertThat(dashboards.dashboard("ana").mastery())
                .extracting(SectionMastery::fresh)
                .containsExactly(2L, 1L);
    }

    @Test
    void a_question_moved_to_another_section_takes_the_learners_card_with_it() {
        reviews.rate("ana", idOf("What is overfitting?"), Rating.GOOD, Duration.ofSeconds(4));
        assertThat(dashboards.dashboard("ana").mastery())
                .extracting(SectionMastery::learning)
                .containsExactly(1L, 0L);

        bank.write(PAGE, BASICS.replace("""
                ### 1. What is overfitting?
                **Answer:** A model that fits its training data so closely that it does badly on new data.
                """, "") + OPTIMIZERS + """
                ### 2. What is overfitting?
                **Answer:** A model that fits its training data so closely that it does badly on new data.
                """);
        assertThat(sync(false).changes()).extracting(QuestionChange::change).containsExactly(ChangeKind.MOVED);

        assertThat(dashboards.dashboard("ana").mastery())
                .extracting(SectionMastery::sectionTitle, SectionMastery::fresh, SectionMastery::learning)
                .containsExactly(tuple("Basics", 1L, 0L), tuple("Optimizers", 1L, 1L));
    }

    @Test
    void a_sync_that_retires_a_reviewed_question_and_renames_a_section_shows_both() {
        reviews.rate("ana", idOf("How does Adam work?"), Rating.GOOD, Duration.ofSeconds(4));

        bank.write(PAGE, BASICS.replace("## Basics", "## Foundations"));
        assertThat(sync(false).changes()).extracting(QuestionChange::change).containsExactly(ChangeKind.RETIRED);

        assertThat(dashboards.dashboard("ana").mastery())
                .extracting(SectionMastery::sectionTitle, SectionMastery::fresh, SectionMastery::learning)
                .containsExactly(tuple("Foundations", 2L, 0L));
        assertThat(dashboards.dashboard("ana").dueForecast())
                .allSatisfy(day -> assertThat(day.cards()).isZero());
    }

    private long idOf(String title) {
        return questions.findAll().stream()
                .filter(question -> question.getTitle().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private SyncReport sync(boolean dryRun) {
        return importer.sync(
                bank.root(),
                new SyncOptions(dryRun, false, "test bank", ImportTrigger.ADMIN, "admin"),
                SyncProgress.NONE);
    }
}
