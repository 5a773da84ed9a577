package dev.studyportal.core.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the tests' MariaDB (or MySQL) server is: 127.0.0.1:3306 as root with an empty password
 * unless {@code TEST_MYSQL_URL}, {@code TEST_MYSQL_USER} and {@code TEST_MYSQL_PASSWORD} say otherwise.
 */
public final class MariaDb {

    public static final String SERVER_URL = env("TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
    public static final String USER = env("TEST_MYSQL_USER", "root");
    public static final String PASSWORD = env("TEST_MYSQL_PASSWORD", "");

    private MariaDb() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
    }

    /** A new database in the character set and collation the portal's schema expects. */
    public static void createDatabase(Connection server, String database) throws SQLException {
        try (Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    public static void dropDatabase(Connection server, String database) throws SQLException {
        try (Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    public static String databaseUrl(String database) {
        String base = SERVER_URL.endsWith("/") ? SERVER_URL : SERVER_URL + "/";
        return base + database + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
                + "&rewriteBatchedStatements=true";
    }

    /** On CI a missing database is a failure: a suite that skipped its database tests would pass without testing. */
    public static boolean mustBePresent() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
