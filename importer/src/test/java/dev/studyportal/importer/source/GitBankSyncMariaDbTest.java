package dev.studyportal.importer.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.core.importhistory.ImportHistory;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.ImporterTestApplication;
import dev.studyportal.importer.sync.QuestionChange;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.importer.sync.SyncReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A bank kept in Git, synced as the portal's schedule does it: fetch, read the sub-path, sync, record. */
@SpringBootTest(classes = ImporterTestApplication.class)
@MariaDbTest
class GitBankSyncMariaDbTest {

    @Autowired
    BankImporter importer;

    @Autowired
    ImportHistory history;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path temp;

    Git remote;

    @BeforeEach
    void aRepositoryWithABank() throws Exception {
        DatabaseCleaner.empty(dataSource);
        remote = Git.init()
                .setDirectory(temp.resolve("remote").toFile())
                .setInitialBranch("main")
                .call();
        commit(
                "docs/algorithms.md",
                "## Sorting\n### 1. What is a stable sort?\n**Answer:** Equal keys keep their order.\n");
    }

    @AfterEach
    void closeTheRepository() {
        remote.close();
    }

    @Test
    void each_sync_fetches_the_branch_and_applies_what_was_committed_since() throws Exception {
        GitSource source = new GitSource(
                temp.resolve("remote").toUri(), "main", "docs", null, temp.resolve("cache"), Duration.ofSeconds(30));

        SyncReport first = sync(source);
        commit(
                "docs/algorithms.md",
                "## Sorting\n### 1. What is a stable sort?\n"
                        + "**Answer:** Equal keys keep their input order, as merge sort guarantees.\n");
        SyncReport second = sync(source);

        assertThat(first.changes()).extracting(QuestionChange::change).containsExactly(ChangeKind.ADDED);
        assertThat(second.changes()).extracting(QuestionChange::change).containsExactly(ChangeKind.UPDATED);
        assertThat(history.last().orElseThrow().source())
                .startsWith("Git repository")
                .contains("branch main")
                .contains("commit ");
    }

    private SyncReport sync(GitSource source) {
        try (CheckedOutBank bank = source.open()) {
            return importer.sync(
                    bank.root(),
                    new SyncOptions(false, false, bank.description(), ImportTrigger.SCHEDULE, null),
                    SyncProgress.NONE);
        }
    }

    private void commit(String path, String content) throws Exception {
        Path file = temp.resolve("remote").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        remote.add().addFilepattern(".").call();
        remote.commit()
                .setMessage("Edit " + path)
                .setAuthor("Author", "author@example.com")
                .setCommitter("Author", "author@example.com")
                .setSign(false)
                .call();
    }
}
