package dev.studyportal.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** The bench databases' schema: migrated by core's Flyway migrations, and emptied between first-sync runs. */
final class ContentTables {

    private ContentTables() {}

    /** The floor's database gets the real schema without a Spring context: only Flyway, as the context would run it. */
    static void migrate(BenchServer server, String database) {
        Flyway.configure()
                .dataSource(server.databaseUrl(database), server.user(), server.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /**
     * Back to an empty bank. TRUNCATE rebuilds the tables, so each run starts on tables as fresh as
     * a new schema's; id_sequence stays, because Hibernate still holds a block of ids from it.
     */
    static void empty(BenchServer server, String database) {
        try (Connection connection = server.connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table :
                    new String[] {"question_revision", "question_term", "question", "section", "page_tag", "page"}) {
                statement.execute("TRUNCATE TABLE " + table);
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not empty the content tables of " + database + ": " + e.getMessage(), e);
        }
    }
}
