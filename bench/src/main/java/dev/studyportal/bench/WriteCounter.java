package dev.studyportal.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hibernate.stat.Statistics;

/**
 * Counts the writes of one step twice: as Hibernate saw them, and as the server did. The two can
 * disagree, and that is the point: the server also sees what Hibernate does not count (the id
 * table, rows of element collections) and would show a write that bypassed Hibernate.
 */
final class WriteCounter implements AutoCloseable {

    private final Statistics statistics;
    private final BenchServer server;
    private final Connection monitor;

    /**
     * What a step returned, and the writes it made.
     *
     * @param others databases that other clients worked in meanwhile: when not empty, the server's
     *               counts include their writes
     */
    record Counted<T>(T result, HibernateWork hibernate, ServerWrites server, Set<String> others) {

        boolean serverWasOurs() {
            return others.isEmpty();
        }

        String serverSummary() {
            return server + (others.isEmpty() ? "" : "  [NOT ALONE: others were busy in " + others + "]");
        }
    }

    WriteCounter(Statistics statistics, BenchServer server) throws SQLException {
        this.statistics = statistics;
        this.server = server;
        this.monitor = server.connect();
    }

    <T> Counted<T> count(Samples samples, Callable<T> step) throws Exception {
        try (ServerWatch watch = ServerWatch.start(server.connect())) {
            HibernateWork.reset(statistics);
            ServerWrites before = ServerWrites.snapshot(monitor);
            T result = samples.time(step);
            ServerWrites after = ServerWrites.snapshot(monitor);
            return new Counted<>(result, HibernateWork.since(statistics), after.since(before), watch.stop());
        }
    }

    @Override
    public void close() throws SQLException {
        monitor.close();
    }
}
