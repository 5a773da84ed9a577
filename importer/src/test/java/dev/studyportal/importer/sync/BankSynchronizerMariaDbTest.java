package dev.studyportal.importer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.content.QuestionKey;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.core.content.QuestionRevisionRepository;
import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.ImporterTestApplication;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
        classes = ImporterTestApplication.class,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@MariaDbTest
class BankSynchronizerMariaDbTest {

    private static final String PAGE = "interview/common-questions.md";
    private static final QuestionKey OVERFITTING =
            QuestionKey.derived("interview/common-questions", "What is overfitting and how do you prevent it?");

    @Autowired
    BankImporter importer;

    @Autowired
    ContentService content;

    @Autowired
    QuestionRepository questions;

    @Autowired
    QuestionRevisionRepository revisions;

    @Autowired
    BankSynchronizer synchronizer;

    @Autowired
    dev.studyportal.importer.parse.MarkdownBankParser parser;

    @Autowired
    dev.studyportal.core.content.PageRepository pages;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    private TestBank bank;

    @BeforeEach
    void seedBank() {
        DatabaseCleaner.empty(dataSource);
        bank = new TestBank(folder).copySeed();
    }

    @Test
    void the_first_sync_adds_every_question_of_the_seed() {
        SyncReport report = importer.sync(bank.root(), false);

        assertThat(report.ok()).isTrue();
        assertThat(report.questions()).isEqualTo(20);
        assertThat(report.sections()).isEqualTo(9);
        assertThat(report.count(ChangeKind.ADDED)).isEqualTo(20);
        assertThat(content.totals().questions()).isEqualTo(20);
        assertThat(revisions.count()).isEqualTo(20);
    }

    @Test
    void a_second_sync_of_unchanged_input_writes_nothing() {
        importer.sync(bank.root(), false);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        SyncReport again = importer.sync(bank.root(), false);
        // Without the fingerprint's shortcut: the whole bank parsed and compared, row by row.
        SyncReport compared = synchronizer.synchronize(
                parser.parse(bank.root()), SyncOptions.of("test", ImportTrigger.CLI, false), SyncProgress.NONE);

        assertThat(again.changes()).isEmpty();
        assertThat(again.questions()).isEqualTo(20);
        assertThat(compared.changes()).isEmpty();
        assertThat(statistics.getEntityInsertCount()).isZero();
        assertThat(statistics.getEntityUpdateCount()).isZero();
        assertThat(statistics.getEntityDeleteCount()).isZero();
        assertThat(statistics.getCollectionUpdateCount()).isZero();
        assertThat(statistics.getCollectionRemoveCount()).isZero();
    }

    @Test
    void a_dry_run_reports_the_changes_and_writes_nothing() {
        SyncReport dryRun = importer.sync(bank.root(), true);

        assertThat(dryRun.dryRun()).isTrue();
        assertThat(dryRun.count(ChangeKind.ADDED)).isEqualTo(20);
        assertThat(dryRun.questions()).isEqualTo(20);
        assertThat(questions.count()).isZero();
    }

    @Test
    void an_edited_answer_updates_the_question_in_place_with_a_new_version() {
        importer.sync(bank.root(), false);
        long id = questions.findAll().stream()
                .filter(q -> q.getKey().equals(OVERFITTING))
                .findFirst()
                .orElseThrow()
                .id();
        bank.write(PAGE, bank.read(PAGE).replace("Overfitting occurs when", "Overfitting happens when"));

        SyncReport report = importer.sync(bank.root(), false);

        assertThat(report.changes())
                .extracting(QuestionChange::key, QuestionChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OVERFITTING.value(), ChangeKind.UPDATED));
        Question edited = questions.findById(id).orElseThrow();
        assertThat(edited.getContentVersion()).isEqualTo(2);
        assertThat(edited.getAnswer()).contains("Overfitting happens when");
        assertThat(revisions.count()).isEqualTo(21);
    }

    @Test
    void renumbering_changes_no_question() {
        importer.sync(bank.root(), false);
        bank.write(PAGE, bank.read(PAGE).replace("### 4. What is overfitting", "### 40. What is overfitting"));

        SyncReport report = importer.sync(bank.root(), false);

        assertThat(report.changes()).isEmpty();
        assertThat(questions.findAll())
                .filteredOn(q -> q.getKey().equals(OVERFITTING))
                .extracting(Question::getDisplayNumber)
                .containsExactly("40");
    }

    @Test
    void a_removed_question_is_retired_and_revived_with_its_history_when_it_returns() {
        importer.sync(bank.root(), false);
        String original = bank.read(PAGE);
        long id = questions.findAll().stream()
                .filter(q -> q.getKey().equals(OVERFITTING))
                .findFirst()
                .orElseThrow()
                .id();
        int start = original.indexOf("### 4. What is overfitting");
        int end = original.indexOf("### 5.");
        bank.write(PAGE, original.substring(0, start) + original.substring(end));

        SyncReport removed = importer.sync(bank.root(), false);
        assertThat(removed.changes()).extracting(QuestionChange::change).containsExactly(ChangeKind.RETIRED);
        assertThat(removed.questions()).isEqualTo(19);
        assertThat(questions.findById(id)).get().extracting(Question::isRetired).isEqualTo(true);

        bank.write(PAGE, original);
        SyncReport back = importer.sync(bank.root(), false);
        assertThat(back.changes()).extracting(QuestionChange::change).containsExactly(ChangeKind.REVIVED);
        assertThat(questions.findById(id)).get().extracting(Question::isRetired).isEqualTo(false);
        assertThat(questions.count()).isEqualTo(20);
    }

    @Test
    void a_question_moved_to_another_section_keeps_its_row() {
        importer.sync(bank.root(), false);
        String original = bank.read(PAGE);
        String overfitting =
                original.substring(original.indexOf("### 4. What is overfitting"), original.indexOf("### 5."));
        String moved =
                original.replace(overfitting, "").replace("## Optimization\n", "## Optimization\n\n" + overfitting);
        bank.write(PAGE, moved);

        SyncReport report = importer.sync(bank.root(), false);

        assertThat(report.changes())
                .extracting(QuestionChange::key, QuestionChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OVERFITTING.value(), ChangeKind.MOVED));
        assertThat(questions.count()).isEqualTo(20);
    }

    @Test
    void a_bank_with_a_broken_file_writes_nothing_and_names_the_file_and_line() {
        importer.sync(bank.root(), false);
        bank.write(PAGE, bank.read(PAGE).replace("Overfitting occurs when", "Overfitting happens when"));
        bank.write("broken.md", "---\ntitle: [never closed\n");

        SyncReport report = importer.sync(bank.root(), false);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).extracting(e -> e.file() + ":" + e.line()).containsExactly("broken.md:1");
        assertThat(questions.findAll())
                .filteredOn(q -> q.getKey().equals(OVERFITTING))
                .extracting(Question::getContentVersion)
                .containsExactly(1);
    }

    @Test
    void a_whole_docusaurus_tree_keeps_its_categories_index_pages_and_unlisted_pages() throws Exception {
        Path tree = Path.of("src/test/resources/banks/docusaurus-tree");
        try (var files = java.nio.file.Files.walk(tree)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                bank.write(
                        "tree/" + tree.relativize(file).toString().replace('\\', '/'),
                        java.nio.file.Files.readString(file));
            }
        }

        SyncReport report = importer.sync(bank.root(), false);

        assertThat(report.ok()).as("%s", report.errors()).isTrue();
        assertThat(pages.findAll())
                .filteredOn(page -> page.getDocId().equals("tree/java-basics/unlisted"))
                .singleElement()
                .satisfies(page -> {
                    assertThat(page.isUnlisted()).isTrue();
                    assertThat(page.category().path()).isEqualTo("tree/02-java-basics");
                    assertThat(page.category().position()).isEqualTo(2.5);
                });
        assertThat(pages.findAll())
                .filteredOn(page -> page.getPath().equals("tree/01-getting-started/01-intro.md"))
                .singleElement()
                .extracting(page -> page.category().label())
                .isEqualTo("Getting started");
        assertThat(pages.findAll()).filteredOn(page -> page.isCategoryIndex()).isNotEmpty();
        assertThat(importer.sync(bank.root(), false).changes())
                .as("a second run")
                .isEmpty();
    }

    @Test
    void a_deleted_page_retires_its_questions_but_keeps_them() {
        importer.sync(bank.root(), false);
        bank.delete(PAGE).write("other.md", "## Basics\n### What is left?\nThis.\n");

        SyncReport report = importer.sync(bank.root(), false);

        assertThat(report.count(ChangeKind.RETIRED)).isEqualTo(20);
        assertThat(report.count(ChangeKind.ADDED)).isEqualTo(1);
        assertThat(questions.count()).isEqualTo(21);
        assertThat(content.sections()).extracting(s -> s.title()).containsExactly("Basics");
    }
}
