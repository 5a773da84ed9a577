package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class LoginLockoutsMariaDbTest {

    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    LoginLockouts lockouts;

    @Autowired
    LoginThrottleRepository throttles;
    /** Every core test context has this @Primary clock: core's component scan finds testsupport's TestClock. */
    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void noCounts() {
        DatabaseCleaner.empty(dataSource);
        clock.set(START);
    }

    @Test
    void ten_failures_in_fifteen_minutes_lock_the_name_for_fifteen_minutes() {
        for (int i = 0; i < 9; i++) {
            assertThat(lockouts.recordFailure("ada")).isEmpty();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(lockouts.lockedFor("ada")).isEmpty();

        assertThat(lockouts.recordFailure("ada")).contains(Duration.ofMinutes(15));

        assertThat(lockouts.lockedFor("ADA ")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(lockouts.lockedFor("ada")).isEmpty();
    }

    /**
     * Wrong passwords for different names at the same moment: MariaDB failed one of two such first failures
     * as a deadlock (their inserts meet in the username index's gap), and the login then said the database
     * was out of reach. Each is counted, and none fails.
     */
    @Test
    void simultaneous_first_failures_of_different_names_are_all_counted() throws Exception {
        int names = 8;
        for (int round = 0; round < 5; round++) {
            String prefix = "round" + round + "-";
            CyclicBarrier together = new CyclicBarrier(names);
            ExecutorService threads = Executors.newFixedThreadPool(names);
            try {
                List<Future<Optional<Duration>>> failures = new ArrayList<>();
                for (int i = 0; i < names; i++) {
                    String name = prefix + i;
                    failures.add(threads.submit(() -> {
                        together.await();
                        return lockouts.recordFailure(name);
                    }));
                }
                for (Future<Optional<Duration>> failure : failures) {
                    assertThat(failure.get(30, TimeUnit.SECONDS)).isEmpty();
                }
            } finally {
                threads.shutdownNow();
            }
            for (int i = 0; i < names; i++) {
                assertThat(throttles.findByUsername(prefix + i))
                        .get()
                        .extracting(t -> t.window().failures())
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void names_without_an_account_are_counted_like_any_other() {
        for (int i = 0; i < 10; i++) {
            lockouts.recordFailure("nobody-by-this-name");
        }

        assertThat(lockouts.lockedFor("nobody-by-this-name")).isPresent();
    }

    @Test
    void a_successful_login_clears_the_count() {
        for (int i = 0; i < 9; i++) {
            lockouts.recordFailure("ada");
        }

        lockouts.recordSuccess("ada");
        lockouts.recordFailure("ada");

        assertThat(lockouts.lockedFor("ada")).isEmpty();
        assertThat(throttles.findByUsername("ada"))
                .get()
                .extracting(t -> t.window().failures())
                .isEqualTo(1);
    }

    @Test
    void spent_counts_are_forgotten_and_live_ones_kept() {
        lockouts.recordFailure("old");
        clock.advance(Duration.ofMinutes(20));
        lockouts.recordFailure("recent");

        assertThat(lockouts.forgetSpent()).isEqualTo(1);

        assertThat(throttles.findByUsername("old")).isEmpty();
        assertThat(throttles.findByUsername("recent")).isPresent();
    }

    @Test
    void absurdly_long_names_are_counted_under_their_first_64_characters() {
        String longName = "x".repeat(5000);

        lockouts.recordFailure(longName);

        assertThat(throttles.findByUsername("x".repeat(64))).isPresent();
    }
}
