package dev.studyportal.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches the server's process list while a step runs and notes every other client that runs a
 * statement meanwhile. The server's write counters are global, so a step's delta is its own only
 * when this saw nobody; on a shared machine that is worth knowing rather than assuming.
 */
final class ServerWatch implements AutoCloseable {

    // Our own sessions work in the bench databases; the watch's own query is excluded by its id.
    private static final String OTHERS = "SELECT COALESCE(DB, '(no database)') FROM information_schema.PROCESSLIST"
            + " WHERE ID <> CONNECTION_ID() AND COMMAND NOT IN ('Sleep', 'Daemon', 'Binlog Dump')"
            + " AND (DB IS NULL OR DB NOT LIKE 'studyportal\\\\_bench\\\\_%')";
    private static final long POLL_MILLIS = 20;

    private final Connection connection;
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private final Set<String> others = new TreeSet<>();
    private final Thread thread;

    private ServerWatch(Connection connection) {
        this.connection = connection;
        this.thread = Thread.ofPlatform().daemon().name("server-watch").start(this::poll);
    }

    static ServerWatch start(Connection connection) {
        return new ServerWatch(connection);
    }

    /** Stops watching. @return the databases other clients used meanwhile; empty when the server was ours alone */
    Set<String> stop() throws InterruptedException {
        watching.set(false);
        thread.join();
        synchronized (others) {
            return Set.copyOf(others);
        }
    }

    private void poll() {
        try (Statement statement = connection.createStatement()) {
            while (watching.get()) {
                try (ResultSet rows = statement.executeQuery(OTHERS)) {
                    while (rows.next()) {
                        synchronized (others) {
                            others.add(rows.getString(1));
                        }
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (SQLException e) {
            synchronized (others) {
                others.add("(the watch failed: " + e.getMessage() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
