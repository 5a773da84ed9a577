package dev.studyportal.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.testsupport.MariaDb;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A database with questions from before the word index gets them indexed by the V4 migration. */
@MariaDbTest
class SearchTermsBackfillMariaDbTest {

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase("studyportal_backfill");

    @Test
    void questions_stored_before_version_3_are_indexed_by_the_migration() throws Exception {
        migrate("2");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO page (id, version, doc_id, path, title, retired) VALUES (1, 0, 'p', 'p.md', 'P', FALSE)");
            statement.execute("INSERT INTO section (id, version, page_id, slug, title, position, retired) VALUES (2, 0, 1, 's', 'S', 0, FALSE)");
            statement.execute("""
                    INSERT INTO question (id, version, question_key, section_id, title, answer, content_hash, content_version,
                                          position, source_path, source_line, retired)
                    VALUES (3, 0, 'p#why', 2, 'Why Régularisation?', 'Because **overfitting**.', 'x', 1, 0, 'p.md', 1, FALSE)
                    """);
        }

        migrate(null);

        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT term FROM question_term WHERE question_id = 3 ORDER BY term")) {
            List<String> terms = new ArrayList<>();
            while (rows.next()) {
                terms.add(rows.getString(1));
            }
            assertThat(terms).containsExactly("because", "overfitting", "regularisation", "why");
        }
    }

    private void migrate(String target) {
        var configuration = Flyway.configure().dataSource(database.url(), MariaDb.USER, MariaDb.PASSWORD)
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
