package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordCheckGateTest {

    /** Matches "right" only, and holds each check until {@link #finish} is counted down. */
    private final CountDownLatch started = new CountDownLatch(1);

    private final CountDownLatch finish = new CountDownLatch(1);

    private final PasswordEncoder slow = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            started.countDown();
            try {
                finish.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return encoded.equals("hash:" + raw);
        }
    };

    @Test
    void a_check_beyond_the_limit_waits_its_turn_and_is_refused_when_the_turn_does_not_come() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(slow, 1, Duration.ofMillis(200));
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> gate.matches("right", "hash:right"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> gate.matches("right", "hash:right"))
                .isInstanceOf(PasswordChecksBusyException.class)
                .hasMessage("No password check was free within 200 ms");

        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.matches("wrong", "hash:right"))
                .as("the refused check gave nothing back to hold: the next one runs")
                .isFalse();
    }

    @Test
    void a_check_that_waits_runs_when_the_one_before_it_ends() throws Exception {
        PasswordCheckGate gate = new PasswordCheckGate(slow, 1, Duration.ofSeconds(5));
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> gate.matches("right", "hash:right"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> gate.matches("right", "hash:right"));

        Thread.sleep(100);
        assertThat(second).as("the second waits while the first runs").isNotDone();
        finish.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void new_passwords_are_hashed_without_waiting_and_a_gate_must_let_one_check_through() {
        PasswordCheckGate gate = new PasswordCheckGate(slow, 1, Duration.ZERO);

        assertThat(gate.encode("new")).isEqualTo("hash:new");
        assertThatThrownBy(() -> new PasswordCheckGate(slow, 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
