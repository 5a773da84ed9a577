package dev.studyportal.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The failed logins counted for one account or one client address: how many in the open window, when
 * that window opened, and until when logins are refused. Immutable, so the same rule serves the
 * database rows of accounts and the in-memory counts of addresses.
 */
public record FailureWindow(
        int failures,
        @Nullable Instant windowStartedAt,
        @Nullable Instant lockedUntil) {

    public static final FailureWindow CLEAR = new FailureWindow(0, null, null);

    /** The counts after one more failure at {@code at}; the failure that reaches the limit starts the lockout. */
    public FailureWindow afterFailure(Instant at, ThrottlePolicy policy) {
        if (lockRemaining(at).isPresent()) {
            return this;
        }
        boolean windowOpen = windowStartedAt != null && at.isBefore(windowStartedAt.plus(policy.window()));
        int counted = windowOpen ? failures + 1 : 1;
        if (counted >= policy.maxFailures()) {
            return new FailureWindow(0, null, at.plus(policy.lockout()));
        }
        return new FailureWindow(counted, windowOpen ? windowStartedAt : at, null);
    }

    /** How much longer logins are refused, if they are. */
    public Optional<Duration> lockRemaining(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil)
                ? Optional.of(Duration.between(now, lockedUntil))
                : Optional.empty();
    }

    /** True when these counts no longer affect anything and can be forgotten. */
    public boolean isSpent(Instant now, ThrottlePolicy policy) {
        return lockRemaining(now).isEmpty()
                && (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(policy.window())));
    }
}
