package dev.studyportal.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a username for a while after too many failed logins (OWASP ASVS 5.0 §6.3.1): after
 * {@link #POLICY}'s 10 failures within 15 minutes, every login as that name is refused for 15 minutes,
 * right password or not. That allows at most 36 wrong guesses an hour, far below the 100 the standard
 * sets as the ceiling. A successful login clears the count.
 */
@Service
public class LoginLockouts {

    public static final ThrottlePolicy POLICY = new ThrottlePolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** Longer names cannot be accounts; cutting them keeps the row small and still counts their failures. */
    private static final int KEY_LENGTH = 64;

    /** How often a failure is counted again after colliding with another's first failure. */
    private static final int FAILURE_ATTEMPTS = 4;

    private final LoginThrottleRepository throttles;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginLockouts(LoginThrottleRepository throttles, PlatformTransactionManager transactionManager, Clock clock) {
        this.throttles = throttles;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** How much longer logins as this name are refused, if they are. */
    public Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        return transactions.execute(status -> throttles
                .findByUsername(key(username))
                .flatMap(throttle -> throttle.window().lockRemaining(now)));
    }

    /**
     * Counts a failed login as this name.
     *
     * @return how long logins are now refused, when this failure reached the limit
     */
    public Optional<Duration> recordFailure(String username) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> countFailure(key(username)));
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException concurrentFirstFailure) {
                // Another login stored this name's first failure at the same moment (count ours on its row), or the
                // database chose this transaction as a deadlock's victim; it did nothing else, so it runs again.
                if (attempt == FAILURE_ATTEMPTS) {
                    throw concurrentFirstFailure;
                }
            }
        }
    }

    /** A successful login: earlier failures no longer count against the name. */
    public void recordSuccess(String username) {
        transactions.executeWithoutResult(status -> throttles.deleteByUsername(key(username)));
    }

    /** Forgets counts that no longer matter, so names typed once do not stay in the table. */
    public int forgetSpent() {
        Instant now = clock.instant();
        return transactions.execute(status -> throttles.deleteSpent(now, now.minus(POLICY.window())));
    }

    private Optional<Duration> countFailure(String key) {
        Instant now = clock.instant();
        // A name's first failure is inserted without a locking read first: on MariaDB a locking read of a row that
        // is not there locks the gap in the username index, and two first failures of neighbouring names then
        // deadlock on their inserts into each other's gap. Inserts alone do not; a duplicate (this name's first
        // failure counted elsewhere at the same moment) is counted again by recordFailure, on the row that won.
        LoginThrottle throttle = (throttles.findByUsername(key).isPresent()
                        ? throttles.lockByUsername(key)
                        : Optional.<LoginThrottle>empty())
                .orElseGet(() -> throttles.saveAndFlush(new LoginThrottle(key)));
        FailureWindow after = throttle.window().afterFailure(now, POLICY);
        throttle.record(after);
        return after.lockRemaining(now);
    }

    static String key(String username) {
        String key = Username.normalize(username);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }
}
