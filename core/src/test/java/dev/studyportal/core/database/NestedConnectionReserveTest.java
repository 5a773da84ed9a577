package dev.studyportal.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NestedConnectionReserveTest {

    private final HikariDataSource main = pool("main");
    private final NestedConnectionReserve pools = NestedConnectionReserve.around(main, 1);

    @AfterEach
    void close() {
        pools.close();
    }

    private static HikariDataSource pool(String name) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:nested;DB_CLOSE_DELAY=-1");
        pool.setPoolName(name);
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(250);
        return pool;
    }

    /** Connections in use; a pool that was never asked has not started and has none. */
    private static int active(HikariDataSource pool) {
        return pool.getHikariPoolMXBean() == null
                ? 0
                : pool.getHikariPoolMXBean().getActiveConnections();
    }

    @Test
    void a_thread_that_holds_a_connection_gets_its_next_one_from_the_reserve() throws Exception {
        try (Connection first = pools.getConnection();
                Connection nested = pools.getConnection()) {
            assertThat(first.isValid(1)).isTrue();
            assertThat(nested.isValid(1)).isTrue();
            assertThat(active(main)).isEqualTo(1);
            assertThat(active(pools.reserve())).isEqualTo(1);
        }
        try (Connection again = pools.getConnection()) {
            assertThat(active(main))
                    .as("with both closed, the first connection comes from the main pool again")
                    .isEqualTo(1);
            assertThat(active(pools.reserve())).isZero();
        }
    }

    @Test
    void the_main_pool_alone_would_have_made_the_nested_request_wait_until_its_timeout() throws Exception {
        try (Connection first = main.getConnection()) {
            assertThatThrownBy(main::getConnection).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void a_connection_closed_on_another_thread_still_counts_as_given_back_by_the_thread_that_took_it()
            throws Exception {
        Connection first = pools.getConnection();
        CompletableFuture.runAsync(() -> {
                    try {
                        first.close();
                    } catch (SQLException failed) {
                        throw new IllegalStateException(failed);
                    }
                })
                .get(5, TimeUnit.SECONDS);
        first.close();

        try (Connection next = pools.getConnection()) {
            assertThat(active(main)).isEqualTo(1);
            assertThat(active(pools.reserve())).isZero();
            assertThat(next).isNotEqualTo(first);
        }
    }
}
