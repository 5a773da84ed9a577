package dev.studyportal.webapp.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused unheard because its username or its client address has failed too often lately.
 * Says nothing about whether the account exists: unknown names are throttled alike.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed attempts; try again in " + minutes(retryAfter) + " minutes");
        this.retryAfter = retryAfter;
    }

    /** Whole minutes to wait, rounded up so that trying again then works. */
    public long minutesToWait() {
        return minutes(retryAfter);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
