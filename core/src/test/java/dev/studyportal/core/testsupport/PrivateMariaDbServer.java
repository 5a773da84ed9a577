package dev.studyportal.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A MariaDB server of the test's own: the machine's {@code mariadbd} on a data folder and a port of
 * its own, so that a test may kill it and start it again without touching the shared server that
 * every other test uses. Installing and starting take about a second.
 */
public final class PrivateMariaDbServer implements AutoCloseable {

    private static final Path SERVER = Path.of(MariaDb.env("TEST_MARIADBD", "/usr/sbin/mariadbd"));
    private static final Path INSTALLER =
            Path.of(MariaDb.env("TEST_MARIADB_INSTALL_DB", "/usr/bin/mariadb-install-db"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** Small enough that each test's server costs little disk. */
    private static final List<String> INNODB_SIZES =
            List.of("--innodb-buffer-pool-size=64M", "--innodb-log-file-size=16M");

    private final Path home;
    private final int port;
    private @Nullable Process process;

    private PrivateMariaDbServer(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    public static boolean isInstalled() {
        return Files.isExecutable(SERVER) && Files.isExecutable(INSTALLER);
    }

    /** A new server with empty system tables, not yet started; root has no password. */
    public static PrivateMariaDbServer install() {
        if (!isInstalled()) {
            throw new IllegalStateException("A private MariaDB server needs " + SERVER + " and " + INSTALLER
                    + " (Debian's mariadb-server; or set TEST_MARIADBD and TEST_MARIADB_INSTALL_DB)");
        }
        try {
            Path home = Files.createTempDirectory("private-mariadb");
            List<String> command = new ArrayList<>(List.of(
                    INSTALLER.toString(),
                    "--no-defaults",
                    "--datadir=" + home.resolve("data"),
                    "--user=" + System.getProperty("user.name"),
                    "--auth-root-authentication-method=normal",
                    "--skip-test-db"));
            command.addAll(INNODB_SIZES);
            Process installer = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("install.log").toFile())
                    .start();
            if (!installer.waitFor(2, TimeUnit.MINUTES) || installer.exitValue() != 0) {
                installer.destroyForcibly();
                throw new IllegalStateException(
                        "mariadb-install-db failed: " + Files.readString(home.resolve("install.log")));
            }
            return new PrivateMariaDbServer(home, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server on its data folder and port and returns once it accepts connections. */
    public synchronized PrivateMariaDbServer start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        List<String> command = new ArrayList<>(List.of(
                SERVER.toString(),
                "--no-defaults",
                "--datadir=" + home.resolve("data"),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + home.resolve("mariadb.sock"),
                "--pid-file=" + home.resolve("mariadb.pid"),
                "--user=" + System.getProperty("user.name"),
                "--skip-log-bin",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci"));
        command.addAll(INNODB_SIZES);
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            home.resolve("server.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            try (Connection ignored = connect("")) {
                return this;
            } catch (SQLException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The private MariaDB server did not start: " + log(), notYet);
                }
                sleep(Duration.ofMillis(100));
            }
        }
    }

    /** Kills the server as a crash or a pulled plug would: no shutdown, open connections just end. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true";
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "root", "");
    }

    public void createDatabase(String database) {
        try (Connection connection = connect("")) {
            MariaDb.createDatabase(connection, database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String version() {
        try (Connection connection = connect("")) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's own log, for failure messages. */
    public String log() {
        try {
            return Files.readString(home.resolve("server.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        kill();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + home + ": " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
