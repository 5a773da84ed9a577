package dev.studyportal.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.testsupport.MariaDb;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.ScratchDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An importer killed in the middle of a sync (kill -9: no shutdown hook, no rollback from the
 * process) leaves the database exactly as it was, and holds the sync lock for minutes, not for
 * the length of the longest run.
 */
@MariaDbTest
class KilledImportMariaDbTest {

    private static final List<String> CONTENT_TABLES = List.of(
            "page",
            "page_tag",
            "section",
            "question",
            "question_revision",
            "question_term",
            "import_run",
            "import_change",
            "bank_state");

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase("studyportal_kill");

    @TempDir
    Path temp;

    @Test
    void a_sync_killed_mid_run_changes_nothing_and_frees_the_lock_within_minutes() throws Exception {
        Path bank = temp.resolve("bank");
        writePage(bank, "basics.md", 0, 5);
        assertThat(ImporterCommandLine.run(
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        withDatabase("sync", bank.toString())))
                .isZero();
        Map<String, String> before = checksums();
        writePage(bank, "basics.md", 1, 5);
        for (int page = 0; page < 600; page++) {
            writePage(bank, "topic-" + page + ".md", page, 12);
        }

        Process importer = startImporter(bank);
        waitUntilItHoldsTheLock(importer);
        Thread.sleep(1500); // into the transaction: parsing this bank takes well under a second
        assertThat(importer.isAlive())
                .as("the run must still be going when it is killed; make the bank larger")
                .isTrue();
        importer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(checksums()).isEqualTo(before);
        Instant lockedUntil = lockedUntil();
        assertThat(lockedUntil)
                .isBefore(Instant.now().plus(Duration.ofMinutes(2)).plusSeconds(30));
    }

    private Process startImporter(Path bank) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ImporterCommandLine.class.getName());
        command.addAll(List.of(withDatabase("sync", bank.toString())));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("importer.log").toFile())
                .start();
    }

    private void waitUntilItHoldsTheLock(Process importer) throws Exception {
        String holder = "(pid " + importer.pid() + ")";
        Instant giveUp = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(giveUp)) {
            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT locked_by FROM shedlock WHERE name = 'bank-sync' AND lock_until > UTC_TIMESTAMP(3)")) {
                if (rows.next() && rows.getString(1).endsWith(holder)) {
                    return;
                }
            } catch (java.sql.SQLException tableNotThereYet) {
                // Flyway of the first run created it; keep polling.
            }
            assertThat(importer.isAlive())
                    .as("importer ended early: %s", Files.readString(temp.resolve("importer.log")))
                    .isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("The importer never took the sync lock");
    }

    private Map<String, String> checksums() throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            for (String table : CONTENT_TABLES) {
                try (ResultSet rows = statement.executeQuery("CHECKSUM TABLE " + table)) {
                    rows.next();
                    sums.put(table, rows.getString(2));
                }
            }
        }
        return sums;
    }

    private Instant lockedUntil() throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(3), lock_until) FROM shedlock WHERE name = 'bank-sync'")) {
            rows.next();
            return Instant.now().plusSeconds(rows.getLong(1));
        }
    }

    private String[] withDatabase(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", database.url(), "--db-user", MariaDb.USER, "--db-password", MariaDb.PASSWORD));
        return all.toArray(String[]::new);
    }

    private static void writePage(Path bank, String name, int variant, int questions) throws Exception {
        StringBuilder page = new StringBuilder("## Section " + variant + "\n\n");
        for (int q = 1; q <= questions; q++) {
            page.append("### ")
                    .append(q)
                    .append(". What is concept ")
                    .append(q)
                    .append(" of ")
                    .append(name)
                    .append("?\n**Answer:** ");
            for (int sentence = 0; sentence < 6; sentence++) {
                page.append("Variant ")
                        .append(variant)
                        .append(" explains part ")
                        .append(sentence)
                        .append(" of concept ")
                        .append(q)
                        .append(" with enough words to be a realistic answer. ");
            }
            page.append("\n\n");
        }
        Files.createDirectories(bank);
        Files.writeString(bank.resolve(name), page.toString());
    }
}
