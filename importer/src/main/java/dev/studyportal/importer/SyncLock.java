package dev.studyportal.importer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets one sync write at a time, across every process that shares the database (portal nodes,
 * a command-line run), through ShedLock's row in the {@code shedlock} table. Two writers would
 * each see the other's questions as new or gone.
 * <p>
 * The lock is taken for a short while and extended while the run lives, so that a process killed
 * mid-run (its transaction rolled back by the database) blocks the next sync for two minutes at
 * most, not for as long as the longest run could take.
 */
@Component
public class SyncLock implements DisposableBean {

    static final String NAME = "bank-sync";
    /** How long a dead holder keeps the lock; a live one extends it every half of this. */
    static final Duration HELD_AT_MOST = Duration.ofMinutes(2);

    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sync-lock-keep-alive");
        thread.setDaemon(true);
        return thread;
    });
    private final LockingTaskExecutor executor;

    SyncLock(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(new KeepAliveLockProvider(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withLockedByValue(holder())
                        .usingDbTime()
                        .build()),
                keepAlive));
    }

    @Override
    public void destroy() {
        keepAlive.shutdownNow();
    }

    /** @throws SyncAlreadyRunningException when another process or thread holds the lock */
    public <T> T whileHolding(Supplier<T> task) {
        try {
            LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock(
                    task::get, new LockConfiguration(Instant.now(), NAME, HELD_AT_MOST, Duration.ZERO));
            if (!result.wasExecuted()) {
                throw new SyncAlreadyRunningException();
            }
            // ShedLock leaves the result empty only for a task it did not run.
            return Objects.requireNonNull(result.getResult(), "result of the sync");
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static String holder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown host";
        }
        return host + " (pid " + ProcessHandle.current().pid() + ")";
    }
}
