package dev.studyportal.importer.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.content.ContentTotals;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.content.QuestionContent;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.core.importhistory.ChangeEntry;
import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.core.importhistory.ImportHistory;
import dev.studyportal.core.importhistory.ImportStatus;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.core.importhistory.RunChanges;
import dev.studyportal.core.importhistory.RunEntry;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.ImporterTestApplication;
import dev.studyportal.importer.SyncAlreadyRunningException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a run leaves behind when it succeeds, fails, skips invalid files, or only looks. */
@SpringBootTest(classes = ImporterTestApplication.class)
@MariaDbTest
class RunOutcomesMariaDbTest {

    static final String GOOD = "good.md";
    static final String FRAGILE = "fragile.md";
    static final String GOOD_PAGE = """
            ## Basics
            ### 1. What is a hash map?
            **Answer:** A table of buckets indexed by the hash of the key, with constant expected time.
            """;
    static final String FRAGILE_PAGE = """
            ## Trees
            ### 1. What is a binary search tree?
            **Answer:** A binary tree whose in-order walk visits the keys in sorted order.
            """;

    @Autowired
    BankImporter importer;

    @Autowired
    QuestionRepository questions;

    @Autowired
    ImportHistory history;

    @Autowired
    ContentService content;

    @Autowired
    DataSource dataSource;

    @Autowired
    UnchangedBank unchangedBank;

    @TempDir
    Path folder;

    TestBank bank;

    @BeforeEach
    void firstImport() {
        DatabaseCleaner.empty(dataSource);
        bank = new TestBank(folder).write(GOOD, GOOD_PAGE).write(FRAGILE, FRAGILE_PAGE);
        assertThat(sync(false, false).ok()).isTrue();
    }

    @Test
    void a_run_that_changed_questions_is_recorded_with_each_change_before_and_after() {
        bank.write(GOOD, GOOD_PAGE.replace("What is a hash map?", "What is a hash table?"));

        SyncReport report = sync(false, false);

        RunEntry run = history.last().orElseThrow();
        assertThat(run.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(run.trigger()).isEqualTo(ImportTrigger.ADMIN);
        assertThat(run.startedBy()).isEqualTo("admin");
        assertThat(run.counts().updated()).isEqualTo(1);
        assertThat(run.counts().questions()).isEqualTo(2);
        List<ChangeEntry> changes =
                history.changesOf(run.id(), ImportHistory.MAX_CHANGES).shown();
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.UPDATED);
            assertThat(change.before().title()).isEqualTo("What is a hash map?");
            assertThat(change.after().title()).isEqualTo("What is a hash table?");
            assertThat(change.before().version()).isEqualTo(1);
            assertThat(change.after().version()).isEqualTo(2);
            // Both versions stay readable, outside any transaction, for the history's diff.
            assertThat(content.contentAt(change.questionId(), 1))
                    .get()
                    .extracting(QuestionContent::title)
                    .isEqualTo("What is a hash map?");
            assertThat(content.contentAt(change.questionId(), 2))
                    .get()
                    .extracting(QuestionContent::title)
                    .isEqualTo("What is a hash table?");
        });
        assertThat(report.changes())
                .singleElement()
                .extracting(QuestionChange::answerChanged)
                .isEqualTo(false);
    }

    @Test
    void the_report_of_an_unchanged_bank_counts_what_the_content_service_counts_with_a_page_retired() {
        bank.delete(FRAGILE).write("third.md", GOOD_PAGE.replace("Basics", "More basics"));
        assertThat(sync(false, false).ok()).isTrue();
        SyncOptions whole = SyncOptions.of(folder.toString(), ImportTrigger.CLI, false);

        SyncReport unchanged =
                unchangedBank.report(BankFingerprint.of(folder), whole).orElseThrow();

        ContentTotals totals = content.totals();
        assertThat(unchanged.pages()).isEqualTo(totals.pages()).isEqualTo(2);
        assertThat(unchanged.sections()).isEqualTo(totals.sections()).isEqualTo(2);
        assertThat(unchanged.questions()).isEqualTo(totals.questions()).isEqualTo(2);
        assertThat(unchanged.changes()).isEmpty();
        bank.write(GOOD, GOOD_PAGE.replace("hash map", "hash set"));
        assertThat(unchangedBank.report(BankFingerprint.of(folder), whole))
                .as("an edited bank")
                .isEmpty();
    }

    @Test
    void a_run_that_found_nothing_to_do_and_a_dry_run_leave_no_history() {
        long runs = history.latest(100).size();

        sync(false, false);
        bank.write(GOOD, GOOD_PAGE.replace("constant expected time", "constant time on average"));
        SyncReport dryRun = sync(true, false);

        assertThat(dryRun.changes()).singleElement().satisfies(change -> {
            assertThat(change.answerChanged()).isTrue();
            assertThat(change.answerBefore()).contains("constant expected time");
            assertThat(change.answerAfter()).contains("constant time on average");
        });
        assertThat(history.latest(100)).hasSize((int) runs);
    }

    @Test
    void a_runs_changes_are_listed_up_to_a_limit_with_how_many_there_are_in_all() {
        long firstRun = history.last().orElseThrow().id();

        RunChanges first = history.changesOf(firstRun, 1);

        assertThat(first.total()).as("the first import added both questions").isEqualTo(2);
        assertThat(first.shown()).singleElement().extracting(ChangeEntry::kind).isEqualTo(ChangeKind.ADDED);
        assertThat(first.complete()).isFalse();
        assertThat(history.changesOf(firstRun, ImportHistory.MAX_CHANGES).complete())
                .isTrue();
        assertThatThrownBy(() -> history.changesOf(firstRun, ImportHistory.MAX_CHANGES + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_broken_file_fails_the_run_which_is_recorded_and_changes_nothing() {
        bank.write(GOOD, GOOD_PAGE.replace("constant expected time", "constant time on average"))
                .write(FRAGILE, "# Trees\n\n```java\nclass Node {}\n\n### 2. Is this a heading?\n");

        SyncReport report = sync(false, false);

        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(answerOf("What is a hash map?")).contains("constant expected time");
        RunEntry run = history.last().orElseThrow();
        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.counts().changes()).isZero();
        assertThat(run.problems()).isNotEmpty().allMatch(problem -> problem.startsWith(FRAGILE + ":"));
    }

    @Test
    void skipping_invalid_files_applies_the_valid_ones_and_leaves_the_invalid_ones_questions_untouched() {
        bank.write(GOOD, GOOD_PAGE.replace("constant expected time", "constant time on average"))
                .write(FRAGILE, "---\ntitle: [broken\n---\n## Trees\n");

        SyncReport report = sync(false, true);

        assertThat(report.status()).isEqualTo(ImportStatus.PARTIAL);
        assertThat(report.ok()).isTrue();
        assertThat(report.errors()).extracting(error -> error.file()).containsOnly(FRAGILE);
        assertThat(report.changes()).extracting(QuestionChange::change).containsExactly(ChangeKind.UPDATED);
        assertThat(answerOf("What is a hash map?")).contains("constant time on average");
        Question kept = questions.findAll().stream()
                .filter(q -> q.getTitle().contains("binary search tree"))
                .findFirst()
                .orElseThrow();
        assertThat(kept.isRetired())
                .as("never retired because its file failed to parse")
                .isFalse();
        assertThat(report.questions()).isEqualTo(2);
        assertThat(history.last().orElseThrow().status()).isEqualTo(ImportStatus.PARTIAL);
    }

    @Test
    void a_broken_category_file_under_skip_invalid_leaves_every_page_of_its_folder_as_it_was() {
        String javaPage = "## Java\n### 1. What is the JVM?\n**Answer:** The virtual machine that runs bytecode.\n";
        bank.write("java/_category_.json", "{\"label\": \"Java\", \"position\": 2}")
                .write("java/jvm.md", javaPage);
        assertThat(sync(false, false).ok()).isTrue();

        bank.write("java/_category_.json", "{\"label\": \"Java\",\n \"position\": }")
                .write("java/jvm.md", javaPage.replace("runs bytecode", "runs Java bytecode"))
                .write(GOOD, GOOD_PAGE.replace("constant expected time", "constant time on average"));
        SyncReport report = sync(false, true);

        assertThat(report.status()).isEqualTo(ImportStatus.PARTIAL);
        assertThat(report.errors()).extracting(error -> error.file()).containsOnly("java/_category_.json");
        assertThat(answerOf("What is the JVM?")).contains("runs bytecode");
        assertThat(answerOf("What is a hash map?")).contains("constant time on average");
        assertThat(questions.findAll()).noneMatch(Question::isRetired);
    }

    @Test
    void a_run_scoped_to_one_page_leaves_every_other_page_as_it_was(@TempDir Path uploadFolder) {
        TestBank upload = new TestBank(uploadFolder)
                .write(GOOD, GOOD_PAGE.replace("constant expected time", "constant time on average"));

        SyncReport report = importer.sync(
                upload.root(),
                new SyncOptions(false, false, "upload", ImportTrigger.ADMIN, "admin").withScope(GOOD),
                SyncProgress.NONE);

        assertThat(report.changes()).extracting(QuestionChange::change).containsExactly(ChangeKind.UPDATED);
        assertThat(questions.findAll()).noneMatch(Question::isRetired);
        assertThat(report.questions()).isEqualTo(2);

        SyncReport source = sync(false, false);
        assertThat(source.changes())
                .as("the configured bank, unchanged itself, takes its page back")
                .extracting(QuestionChange::change)
                .containsExactly(ChangeKind.UPDATED);
        assertThat(answerOf("What is a hash map?")).contains("constant expected time");
    }

    @Test
    void skipping_invalid_files_refuses_a_run_in_which_no_file_is_valid() {
        bank.write(GOOD, "---\nid: [\n---\n").write(FRAGILE, "---\nid: [\n---\n");

        SyncReport report = sync(false, true);

        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(questions.findAll()).noneMatch(Question::isRetired);
    }

    @Test
    void a_run_does_not_start_while_another_process_holds_the_sync_lock_but_a_dry_run_does() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update(
                "UPDATE shedlock SET lock_until = ?, locked_by = 'another node' WHERE name = 'bank-sync'",
                Timestamp.from(Instant.now().plus(Duration.ofMinutes(10))));
        try {
            bank.write(GOOD, GOOD_PAGE.replace("constant expected time", "constant time on average"));

            assertThatThrownBy(() -> sync(false, false)).isInstanceOf(SyncAlreadyRunningException.class);
            assertThat(answerOf("What is a hash map?")).contains("constant expected time");
            assertThat(sync(true, false).changes()).hasSize(1);
        } finally {
            jdbc.update("UPDATE shedlock SET lock_until = locked_at WHERE name = 'bank-sync'");
        }
    }

    private SyncReport sync(boolean dryRun, boolean skipInvalid) {
        return importer.sync(
                bank.root(),
                new SyncOptions(dryRun, skipInvalid, "test bank", ImportTrigger.ADMIN, "admin"),
                SyncProgress.NONE);
    }

    private String answerOf(String title) {
        return questions.findAll().stream()
                .filter(q -> q.getTitle().equals(title))
                .findFirst()
                .orElseThrow()
                .getAnswer();
    }
}
