package dev.studyportal.core.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of its own on the shared MariaDB server for each test, created before it and dropped
 * after it: for tests that drive migrations or another process against a database rather than a
 * Spring context ({@link MariaDbTestDatabase} serves those). Register it with
 * {@code @RegisterExtension}; put {@link MariaDbTest} on the class so it runs only where MariaDB is.
 */
public final class ScratchDatabase implements BeforeEachCallback, AfterEachCallback {

    private final String prefix;
    private String name = "";

    public ScratchDatabase(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        name = prefix + "_" + System.nanoTime();
        try (Connection server = MariaDb.connect()) {
            MariaDb.createDatabase(server, name);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        try (Connection server = MariaDb.connect()) {
            MariaDb.dropDatabase(server, name);
        }
    }

    public String name() {
        return name;
    }

    public String url() {
        return MariaDb.databaseUrl(name);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), MariaDb.USER, MariaDb.PASSWORD);
    }
}
