package dev.studyportal.core.account;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The failed logins counted against one username. Kept in the database rather than in memory so
 * that every portal node behind a load balancer sees the same count. Kept for any name typed into the
 * login form, whether or not such an account exists, so that a lockout tells nobody which names exist.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottle extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at")
    private @Nullable Instant windowStartedAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    protected LoginThrottle() {
        username = "";
    }

    LoginThrottle(String username) {
        this.username = username;
    }

    String username() {
        return username;
    }

    FailureWindow window() {
        return new FailureWindow(failures, windowStartedAt, lockedUntil);
    }

    void record(FailureWindow window) {
        this.failures = window.failures();
        this.windowStartedAt = window.windowStartedAt();
        this.lockedUntil = window.lockedUntil();
    }
}
