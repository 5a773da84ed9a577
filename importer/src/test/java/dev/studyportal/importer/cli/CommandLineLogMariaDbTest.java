package dev.studyportal.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.testsupport.MariaDb;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user runs it on MariaDB, in a process of its own with nothing but its arguments:
 * no dialect setting, and no warning that Hibernate took the server for MySQL 5.5.5.
 */
@MariaDbTest
class CommandLineLogMariaDbTest {

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase("studyportal_cli_log");

    @TempDir
    Path temp;

    @Test
    void a_sync_on_mariadb_says_nothing_about_an_old_mysql() throws Exception {
        Path log = temp.resolve("stderr.log");
        Process importer = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImporterCommandLine.class.getName(),
                        "sync",
                        "../docs",
                        "--dry-run",
                        "--json",
                        "--db-url",
                        database.url(),
                        "--db-user",
                        MariaDb.USER,
                        "--db-password",
                        MariaDb.PASSWORD))
                .redirectOutput(temp.resolve("stdout.json").toFile())
                .redirectError(log.toFile())
                .start();

        assertThat(importer.waitFor(3, TimeUnit.MINUTES))
                .as("the importer finished")
                .isTrue();
        assertThat(importer.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(temp.resolve("stdout.json"))).contains("\"status\":\"ok\"");
        assertThat(Files.readString(log)).doesNotContain("HHH000511").doesNotContain("5.5.5");
    }
}
