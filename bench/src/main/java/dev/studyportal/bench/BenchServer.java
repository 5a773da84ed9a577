package dev.studyportal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The MariaDB (or MySQL) server the benchmark runs on: 127.0.0.1:3306 as root with an empty
 * password unless {@code BENCH_MYSQL_URL}, {@code BENCH_MYSQL_USER} and {@code BENCH_MYSQL_PASSWORD}
 * say otherwise. Every database it creates is named {@code studyportal_bench_*} and dropped again.
 */
final class BenchServer {

    private final String serverUrl;
    private final String user;
    private final String password;

    private BenchServer(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
    }

    static BenchServer fromEnvironment() {
        return new BenchServer(
                env("BENCH_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/"),
                env("BENCH_MYSQL_USER", "root"),
                env("BENCH_MYSQL_PASSWORD", ""));
    }

    String describe() {
        return serverUrl + " as " + user;
    }

    /** A new, empty database with a random name. */
    String createDatabase() {
        String name = "studyportal_bench_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return name;
    }

    void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    /** Batched statements rewritten into multi-row inserts, as the portal's own configuration has them. */
    String databaseUrl(String database) {
        return serverUrl + database + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
                + "&rewriteBatchedStatements=true";
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl, user, password);
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(databaseUrl(database), user, password);
    }

    /** What the server calls itself, such as {@code 10.11.19-MariaDB-0+deb12u1}. */
    String version() {
        return query("SELECT VERSION()");
    }

    private void execute(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private String query(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private IllegalStateException unreachable(SQLException e) {
        return new IllegalStateException(
                "The benchmark needs MariaDB or MySQL at " + describe()
                        + " (set BENCH_MYSQL_URL, BENCH_MYSQL_USER, BENCH_MYSQL_PASSWORD): " + e.getMessage(),
                e);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
