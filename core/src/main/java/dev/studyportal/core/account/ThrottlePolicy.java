package dev.studyportal.core.account;

import java.time.Duration;

/**
 * How many failed logins are allowed within a window before logins are refused, and for how long.
 * The window opens at the first failure; reaching {@code maxFailures} inside it starts the lockout.
 */
public record ThrottlePolicy(int maxFailures, Duration window, Duration lockout) {

    public ThrottlePolicy {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("A throttle needs at least one failure, a window and a lockout");
        }
    }
}
