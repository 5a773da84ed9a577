package dev.studyportal.core.testsupport;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Empties every table but the few in {@link #KEPT} between tests that share one Spring context, which is much
 * faster than a new context (and database) per test. The application itself never deletes
 * content, so tests need this from outside.
 */
public final class DatabaseCleaner {

    /**
     * Schema history and id blocks belong to the schema, not to a test; ShedLock remembers which
     * lock rows it created and would never insert a deleted one again. Portal settings are rows a
     * migration puts in place (V8) and the portal only updates; tests put back the values they change.
     */
    private static final Set<String> KEPT =
            Set.of("flyway_schema_history", "id_sequence", "shedlock", "portal_setting");

    private DatabaseCleaner() {}

    public static void empty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().contains("H2");
            statement.execute(h2 ? "SET REFERENTIAL_INTEGRITY FALSE" : "SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : tables(connection)) {
                    statement.execute("DELETE FROM " + table);
                }
            } finally {
                statement.execute(h2 ? "SET REFERENTIAL_INTEGRITY TRUE" : "SET FOREIGN_KEY_CHECKS = 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test database", e);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet rows =
                metaData.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!KEPT.contains(table.toLowerCase(Locale.ROOT))) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }
}
