package dev.studyportal.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.importhistory.ImportHistory;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.importer.parse.MarkdownBankParser;
import dev.studyportal.importer.sync.BankSynchronizer;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.importer.sync.SyncReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two portal nodes whose schedules fire together: one syncs, and the other, which found the files changed
 * a moment before and then waited for the lock, must not sync them a second time once it gets it.
 */
@SpringBootTest(classes = ImporterTestApplication.class)
@MariaDbTest
class SyncLockRaceMariaDbTest {

    static final String PAGE = """
            ## Basics
            ### 1. What is a hash map?
            **Answer:** A table of buckets indexed by the hash of the key.
            """;

    @Autowired
    BankImporter otherNode;

    @Autowired
    MarkdownBankParser parser;

    @Autowired
    BankSynchronizer synchronizer;

    @Autowired
    ImportHistory history;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path bank;

    @BeforeEach
    void firstImport() throws IOException {
        DatabaseCleaner.empty(dataSource);
        Files.writeString(bank.resolve("basics.md"), PAGE);
        assertThat(otherNode.sync(bank, scheduled(), SyncProgress.NONE).ok()).isTrue();
    }

    @Test
    void a_node_that_got_the_lock_after_another_synced_the_same_files_neither_reads_nor_records_them_again()
            throws IOException {
        Files.writeString(bank.resolve("basics.md"), PAGE.replace("hash map", "hash table"));
        int runsBefore = history.latest(100).size();
        SyncLock lockTakenLate = new SyncLock(dataSource) {
            @Override
            public <T> T whileHolding(Supplier<T> task) {
                // The other node's turn falls between this node's look at the files and its lock.
                otherNode.sync(bank, scheduled(), SyncProgress.NONE);
                return super.whileHolding(task);
            }
        };
        try {
            List<String> steps = new ArrayList<>();
            SyncReport report = new BankImporter(parser, synchronizer, lockTakenLate)
                    .sync(bank, scheduled(), (step, done, total) -> steps.add(step));

            assertThat(steps).as("steps of a second read of the bank").isEmpty();
            assertThat(report.ok()).isTrue();
            assertThat(report.changes()).isEmpty();
            assertThat(history.latest(100)).hasSize(runsBefore + 1);
        } finally {
            lockTakenLate.destroy();
        }
    }

    private SyncOptions scheduled() {
        return SyncOptions.of(bank.toString(), ImportTrigger.SCHEDULE, false);
    }
}
