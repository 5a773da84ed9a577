package dev.studyportal.core.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void a_pool_that_cannot_get_a_connection_is_an_outage_however_deeply_wrapped() {
        var timedOut = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        // As a view's constructor throws it: Spring wraps it in the bean creation failure.
        assertThat(DatabaseOutage.isCauseOf(new BeanCreationException("reviewView", "failed", timedOut)))
                .isTrue();
    }

    @Test
    void a_connection_lost_mid_statement_is_an_outage() {
        assertThat(DatabaseOutage.isCauseOf(
                        new RuntimeException(new SQLException("Communications link failure", "08S01"))))
                .isTrue();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException(new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void other_database_failures_and_bugs_are_not() {
        assertThat(DatabaseOutage.isCauseOf(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("Duplicate entry", "23000"))))
                .isFalse();
        assertThat(DatabaseOutage.isCauseOf(new OptimisticLockingFailureException("changed meanwhile")))
                .isFalse();
        assertThat(DatabaseOutage.isCauseOf(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.isCauseOf(null)).isFalse();
    }
}
