package dev.studyportal.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.testsupport.MariaDb;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.ScratchDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contract of DESIGN.md, against a real MariaDB database. */
@MariaDbTest
@ExtendWith(OutputCaptureExtension.class)
@SuppressWarnings("unchecked")
class ImporterCommandLineMariaDbTest {

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase("studyportal_cli");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void a_dry_run_on_a_fresh_database_reports_twenty_added_questions_and_a_sync_then_leaves_none() throws Exception {
        Map<String, Object> dryRun = json(0, "sync", "../docs", "--dry-run", "--json");
        assertThat(dryRun)
                .containsEntry("status", "ok")
                .containsEntry("dryRun", true)
                .containsEntry("questions", 20)
                .containsEntry("sections", 9)
                .containsEntry("pages", 1);
        assertThat((List<?>) dryRun.get("changes"))
                .hasSize(20)
                .allSatisfy(change -> assertThat((Map<String, Object>) change)
                        .containsEntry("change", "added")
                        .containsKeys("key", "title"));

        assertThat(run("sync", "../docs")).isZero();
        assertThat(out.toString()).contains("20 questions");
        assertThat(questionRowsInTheTestDatabase()).isEqualTo(20);

        Map<String, Object> again = json(0, "sync", "../docs", "--dry-run", "--json");
        assertThat((List<?>) again.get("changes")).isEmpty();
        assertThat(again).containsEntry("questions", 20);
    }

    @Test
    void content_errors_exit_with_one_and_list_file_and_line(@TempDir Path bank) throws IOException {
        Files.writeString(bank.resolve("broken.md"), "---\ntitle: x\n## never closed\n");

        Map<String, Object> report = json(1, "sync", bank.toString(), "--json");

        assertThat(report).containsEntry("status", "error");
        assertThat((List<?>) report.get("errors"))
                .singleElement()
                .satisfies(error -> assertThat((Map<String, Object>) error)
                        .containsEntry("file", "broken.md")
                        .containsEntry("line", 1));
    }

    @Test
    void skip_invalid_imports_the_valid_files_and_still_lists_the_errors(@TempDir Path bank) throws IOException {
        Files.writeString(
                bank.resolve("good.md"), "## Basics\n### 1. What is a stack?\n**Answer:** Last in, first out.\n");
        Files.writeString(bank.resolve("broken.md"), "---\ntitle: x\n## never closed\n");

        Map<String, Object> report = json(0, "sync", bank.toString(), "--json", "--skip-invalid");

        assertThat(report).containsEntry("status", "ok").containsEntry("questions", 1);
        assertThat((List<?>) report.get("errors"))
                .singleElement()
                .satisfies(error -> assertThat((Map<String, Object>) error).containsEntry("file", "broken.md"));
        assertThat((List<?>) report.get("warnings"))
                .anySatisfy(warning -> assertThat(warning.toString()).contains("broken.md was skipped"));
    }

    @Test
    void usage_errors_exit_with_two_before_touching_any_database() {
        assertThat(ImporterCommandLine.run(new PrintWriter(out), new PrintWriter(err), "sync"))
                .isEqualTo(2);
        assertThat(ImporterCommandLine.run(new PrintWriter(out), new PrintWriter(err), "sync", "../docs", "--bogus"))
                .isEqualTo(2);
        assertThat(ImporterCommandLine.run(new PrintWriter(out), new PrintWriter(err), "sync", "no/such/folder"))
                .isEqualTo(2);
        assertThat(ImporterCommandLine.run(new PrintWriter(out), new PrintWriter(err)))
                .isEqualTo(2);
    }

    @Test
    void an_unreachable_database_exits_with_three_and_says_so() {
        // Nothing listens on port 1, so the connection is refused at once.
        int exit = ImporterCommandLine.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "sync",
                "../docs",
                "--json",
                "--db-url",
                "jdbc:mysql://127.0.0.1:1/studyportal",
                "--db-user",
                MariaDb.USER,
                "--db-password",
                MariaDb.PASSWORD);

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).contains("The database could not be reached");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void an_unexpected_failure_exits_with_one_and_a_reference_to_the_stack_trace_in_the_log(CapturedOutput log)
            throws Exception {
        System.setProperty("spring.main.sources", FailingParserConfiguration.class.getName());
        try {
            assertThat(run("sync", "../docs", "--json")).isEqualTo(1);
        } finally {
            System.clearProperty("spring.main.sources");
        }

        assertThat(out.toString()).as("standard output holds only reports").isEmpty();
        assertThat(err.toString())
                .containsPattern("E-[0-9A-F]{6}")
                .doesNotContain(FailingParserConfiguration.BUG)
                .doesNotContain("database");
        String reference = err.toString().replaceAll("(?s).*(E-[0-9A-F]{6}).*", "$1");
        assertThat(log.getAll())
                .contains(
                        "[" + reference + "] The import failed unexpectedly",
                        "IllegalStateException: " + FailingParserConfiguration.BUG,
                        "at dev.studyportal.importer.BankImporter");
        assertThat(questionRowsInTheTestDatabase()).isZero();
    }

    @Test
    void an_unchanged_bank_is_answered_before_jpa_starts_with_the_whole_report() throws Exception {
        assertThat(run("sync", "../docs")).isZero();
        // A table Hibernate validates at start-up goes missing: only a run that never starts JPA can answer now.
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE shared_note");
        }

        Map<String, Object> quick = json(0, "sync", "../docs", "--json");

        assertThat(quick)
                .containsEntry("status", "ok")
                .containsEntry("dryRun", false)
                .containsEntry("questions", 20)
                .containsEntry("sections", 9)
                .containsEntry("pages", 1);
        assertThat((List<?>) quick.get("changes")).isEmpty();
        assertThat((List<?>) quick.get("errors")).isEmpty();
        assertThat(json(0, "sync", "../docs", "--dry-run", "--json"))
                .containsEntry("dryRun", true)
                .containsEntry("questions", 20);
    }

    private int questionRowsInTheTestDatabase() throws java.sql.SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM question")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        String[] withDatabase =
                concat(args, "--db-url", database.url(), "--db-user", MariaDb.USER, "--db-password", MariaDb.PASSWORD);
        return ImporterCommandLine.run(new PrintWriter(out, true), new PrintWriter(err, true), withDatabase);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(int expectedExit, String... args) {
        assertThat(run(args)).as("exit code; stderr: %s", err).isEqualTo(expectedExit);
        return JsonMapper.builder().build().readValue(out.toString(), Map.class);
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
