package dev.studyportal.core.database;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The portal's connection pool, with a small second pool for connections a thread asks for while it already holds
 * one. Hibernate's table generator takes each block of ids in a transaction of its own, on a second connection
 * (ADR 0003): when every connection of one pool is held by transactions waiting for the generator's lock, the
 * thread refilling the block waits for a connection that none of them will give back, and all of them stand still
 * until the pool's timeout fails the refill. Seen at 500 learners on two cores (docs/benchmarks.md, the load
 * benchmark): ten request threads, nine holding a connection each and waiting for the generator, the tenth
 * holding its lock and waiting for an eleventh. A thread's first connection comes from the main pool, any further
 * one it opens before closing the first from the reserve, which the first-level transactions cannot drain.
 */
public final class NestedConnectionReserve extends DelegatingDataSource implements AutoCloseable {

    private final HikariDataSource reserve;
    private final ThreadLocal<AtomicInteger> open = ThreadLocal.withInitial(AtomicInteger::new);

    /**
     * @param main    the portal's pool
     * @param reserve the pool for nested connections, configured like {@code main} and not started
     */
    public NestedConnectionReserve(HikariDataSource main, HikariDataSource reserve) {
        super(main);
        this.reserve = reserve;
    }

    /** A reserve of {@code size} connections to the same database as {@code main}, started on first use. */
    public static NestedConnectionReserve around(HikariDataSource main, int size) {
        HikariDataSource reserve = new HikariDataSource();
        main.copyStateTo(reserve);
        // The main pool is named when it starts, which may be after this.
        reserve.setPoolName((main.getPoolName() == null ? "studyportal" : main.getPoolName()) + "-nested");
        reserve.setMaximumPoolSize(size);
        reserve.setMinimumIdle(0);
        return new NestedConnectionReserve(main, reserve);
    }

    @Override
    public Connection getConnection() throws SQLException {
        AtomicInteger held = open.get();
        return counted(source(held).getConnection(), held);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        AtomicInteger held = open.get();
        return counted(source(held).getConnection(username, password), held);
    }

    /** The reserve for a thread that holds a connection already, the main pool otherwise. */
    private DataSource source(AtomicInteger held) {
        return held.get() > 0 ? reserve : obtainTargetDataSource();
    }

    /** The reserve's pool, for its figures. */
    public HikariDataSource reserve() {
        return reserve;
    }

    @Override
    public void close() {
        reserve.close();
        if (obtainTargetDataSource() instanceof HikariDataSource main) {
            main.close();
        }
    }

    /**
     * The connection, counted among those its thread holds until it is closed, from whichever thread closes it.
     */
    private static Connection counted(Connection connection, AtomicInteger held) {
        held.incrementAndGet();
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(
                NestedConnectionReserve.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "equals" -> arguments != null && proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "counted " + connection;
                    case "close" -> {
                        if (closed.compareAndSet(false, true)) {
                            held.decrementAndGet();
                        }
                        yield invoke(connection, method, arguments);
                    }
                    default -> invoke(connection, method, arguments);
                });
    }

    private static @Nullable Object invoke(
            Connection connection, java.lang.reflect.Method method, @Nullable Object[] arguments) throws Throwable {
        try {
            return method.invoke(connection, arguments);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
