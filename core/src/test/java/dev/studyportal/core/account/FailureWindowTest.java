package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureWindowTest {

    static final ThrottlePolicy POLICY = new ThrottlePolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15));
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void nine_failures_within_the_window_do_not_lock() {
        FailureWindow window = failures(9, T0, Duration.ofMinutes(1));

        assertThat(window.failures()).isEqualTo(9);
        assertThat(window.lockRemaining(T0.plus(Duration.ofMinutes(9)))).isEmpty();
    }

    @Test
    void the_tenth_failure_within_the_window_locks_for_fifteen_minutes() {
        FailureWindow window = failures(10, T0, Duration.ofMinutes(1));
        Instant tenth = T0.plus(Duration.ofMinutes(9));

        assertThat(window.lockRemaining(tenth)).contains(Duration.ofMinutes(15));
        assertThat(window.lockRemaining(tenth.plus(Duration.ofMinutes(14)))).contains(Duration.ofMinutes(1));
        assertThat(window.lockRemaining(tenth.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void failures_spread_wider_than_the_window_never_lock() {
        FailureWindow window = failures(30, T0, Duration.ofMinutes(2));

        assertThat(window.lockRemaining(T0.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(window.failures()).isLessThan(10);
    }

    @Test
    void failures_while_locked_neither_count_nor_extend_the_lock() {
        FailureWindow locked = failures(10, T0, Duration.ZERO);

        FailureWindow after = locked.afterFailure(T0.plus(Duration.ofMinutes(5)), POLICY);

        assertThat(after).isEqualTo(locked);
    }

    @Test
    void counts_are_spent_once_the_window_and_any_lock_are_over() {
        FailureWindow one = FailureWindow.CLEAR.afterFailure(T0, POLICY);

        assertThat(one.isSpent(T0.plus(Duration.ofMinutes(14)), POLICY)).isFalse();
        assertThat(one.isSpent(T0.plus(Duration.ofMinutes(15)), POLICY)).isTrue();
    }

    private static FailureWindow failures(int count, Instant start, Duration apart) {
        FailureWindow window = FailureWindow.CLEAR;
        for (int i = 0; i < count; i++) {
            window = window.afterFailure(start.plus(apart.multipliedBy(i)), POLICY);
        }
        return window;
    }
}
