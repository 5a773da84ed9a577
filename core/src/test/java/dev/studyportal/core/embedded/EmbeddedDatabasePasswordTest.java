package dev.studyportal.core.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabasePasswordTest {

    static final String SETTINGS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    @TempDir
    Path folder;

    @Test
    void a_new_database_gets_a_random_password_that_only_its_owner_can_read() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("data/studyportal") + SETTINGS;
        EmbeddedDatabaseFile database = EmbeddedDatabaseFile.of(url).orElseThrow();

        String password = EmbeddedDatabasePassword.forDatabase(database, url, "sa");

        assertThat(password).hasSizeGreaterThanOrEqualTo(43);
        assertThat(Files.readString(database.password()).strip()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.password())))
                .isEqualTo("rw-------");
        assertThat(EmbeddedDatabasePassword.forDatabase(database, url, "sa")).isEqualTo(password);
        try (Connection created = DriverManager.getConnection(url, "sa", password)) {
            assertThat(created.isValid(1)).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void a_database_from_before_the_password_takes_it_and_keeps_its_data() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("studyportal") + SETTINGS;
        try (Connection old = DriverManager.getConnection(url, "sa", "");
                Statement sql = old.createStatement()) {
            sql.execute("CREATE TABLE kept (id INT)");
            sql.execute("INSERT INTO kept VALUES (42)");
        }
        EmbeddedDatabaseFile database = EmbeddedDatabaseFile.of(url).orElseThrow();

        String password = EmbeddedDatabasePassword.forDatabase(database, url, "sa");

        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOf(SQLException.class);
        try (Connection upgraded = DriverManager.getConnection(url, "sa", password);
                ResultSet kept = upgraded.createStatement().executeQuery("SELECT id FROM kept")) {
            assertThat(kept.next()).isTrue();
            assertThat(kept.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void only_h2_file_urls_are_embedded_databases() {
        assertThat(EmbeddedDatabaseFile.of("jdbc:mysql://localhost:3306/studyportal"))
                .isEmpty();
        assertThat(EmbeddedDatabaseFile.of("jdbc:h2:mem:test;MODE=MySQL")).isEmpty();
        assertThat(EmbeddedDatabaseFile.of(null)).isEmpty();
        assertThat(EmbeddedDatabaseFile.of("jdbc:h2:file:./data/studyportal;AUTO_SERVER=TRUE")
                        .orElseThrow()
                        .password())
                .isEqualTo(Path.of("./data/studyportal.password"));
    }
}
