package dev.studyportal.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.testsupport.MariaDb;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.ScratchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
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

    /** Titles and answers that exercise every rule of the tokenizer: case, accents, marks, digits, length. */
    private static final List<List<String>> QUESTIONS = List.of(
            List.of("Why Régularisation?", "Because **overfitting**."),
            List.of("What is L1 vs. L2 (ridge/lasso)?", "L1 → sparse; L2 → small weights; see `sklearn.linear_model`."),
            List.of("Ｆｕｌｌ-width ＡＩ and İstanbul's Straße", "Ångström, naïve café, ﬁne-tuning, e\u0301clair."),
            List.of("Supercalifragilistic" + "x".repeat(60) + " words?", "A 99.5% p-value_is not 100%; 深度学习 too."),
            List.of("Repeated words repeated?", "WORDS, words and Words."));

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase("studyportal_backfill");

    @RegisterExtension
    final ScratchDatabase freshInstall = new ScratchDatabase("studyportal_fresh");

    @Test
    void questions_stored_before_version_3_are_indexed_by_the_migration() throws Exception {
        migrate("2");
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO page (id, version, doc_id, path, title, retired) VALUES (1, 0, 'p', 'p.md', 'P', FALSE)");
            statement.execute(
                    "INSERT INTO section (id, version, page_id, slug, title, position, retired) VALUES (2, 0, 1, 's', 'S', 0, FALSE)");
            statement.execute("""
                    INSERT INTO question (id, version, question_key, section_id, title, answer, content_hash, content_version,
                                          position, source_path, source_line, retired)
                    VALUES (3, 0, 'p#why', 2, 'Why Régularisation?', 'Because **overfitting**.', 'x', 1, 0, 'p.md', 1, FALSE)
                    """);
        }

        migrate(null);

        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT term FROM question_term WHERE question_id = 3 ORDER BY term")) {
            List<String> terms = new ArrayList<>();
            while (rows.next()) {
                terms.add(rows.getString(1));
            }
            assertThat(terms).containsExactly("because", "overfitting", "regularisation", "why");
        }
    }

    @Test
    void an_upgraded_install_indexes_its_questions_exactly_as_a_fresh_install_that_imported_them() throws Exception {
        migrate("3");
        insertQuestions(database, false);
        migrate(null);

        migrate(freshInstall, null);
        insertQuestions(freshInstall, true);

        List<String> upgraded = termRows(database);
        assertThat(upgraded).hasSizeGreaterThan(QUESTIONS.size() * 3).isEqualTo(termRows(freshInstall));
    }

    /** The same questions in both databases; a fresh install indexes them as the importer does, through today's code. */
    private static void insertQuestions(ScratchDatabase target, boolean indexWithTodaysSearchTerms) throws Exception {
        try (Connection connection = target.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO page (id, version, doc_id, path, title, retired) VALUES (1, 0, 'p', 'p.md', 'P', FALSE)");
            statement.execute(
                    "INSERT INTO section (id, version, page_id, slug, title, position, retired) VALUES (2, 0, 1, 's', 'S', 0, FALSE)");
            try (PreparedStatement question = connection.prepareStatement("""
                         INSERT INTO question (id, version, question_key, section_id, title, answer, content_hash,
                                               content_version, position, source_path, source_line, retired)
                         VALUES (?, 0, ?, 2, ?, ?, 'x', 1, ?, 'p.md', 1, FALSE)
                         """);
                    PreparedStatement term = connection.prepareStatement(
                            "INSERT INTO question_term (question_id, term) VALUES (?, ?)")) {
                for (int i = 0; i < QUESTIONS.size(); i++) {
                    long id = 10 + i;
                    String title = QUESTIONS.get(i).get(0);
                    String answer = QUESTIONS.get(i).get(1);
                    question.setLong(1, id);
                    question.setString(2, "p#q" + i);
                    question.setString(3, title);
                    question.setString(4, answer);
                    question.setInt(5, i);
                    question.executeUpdate();
                    if (indexWithTodaysSearchTerms) {
                        for (String word : SearchTerms.of(title, answer)) {
                            term.setLong(1, id);
                            term.setString(2, word);
                            term.executeUpdate();
                        }
                    }
                }
            }
        }
    }

    private static List<String> termRows(ScratchDatabase source) throws Exception {
        try (Connection connection = source.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT question_id, term FROM question_term ORDER BY question_id, term")) {
            List<String> terms = new ArrayList<>();
            while (rows.next()) {
                terms.add(rows.getLong(1) + " " + rows.getString(2));
            }
            return terms;
        }
    }

    private void migrate(String target) {
        migrate(database, target);
    }

    private static void migrate(ScratchDatabase database, String target) {
        var configuration = Flyway.configure()
                .dataSource(database.url(), MariaDb.USER, MariaDb.PASSWORD)
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
