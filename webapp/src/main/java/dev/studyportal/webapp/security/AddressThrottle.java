package dev.studyportal.webapp.security;

import dev.studyportal.core.account.FailureWindow;
import dev.studyportal.core.account.ThrottlePolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Back-off per client address, against one machine trying many usernames (which the per-account
 * lockout alone would let through): after {@link #POLICY}'s 20 failed logins within 10 minutes, logins
 * from that address are refused for 15 minutes.
 * <p>
 * Counted in this node's memory, not in the database: an attacker spread over nodes by the load
 * balancer gets at most the limit once per node, which still stops a sweep, and nothing needs
 * cleaning up after a restart. The address is the one Tomcat reports, so behind a proxy set
 * {@code server.forward-headers-strategy=native} (docs/security.md), or every client shares the proxy's.
 * <p>
 * The bean counts failed logins; {@link ResetLinkRequests} keeps one of its own, under another policy, that
 * counts every request for a reset link as a failure.
 */
@Component
class AddressThrottle {

    static final ThrottlePolicy POLICY = new ThrottlePolicy(20, Duration.ofMinutes(10), Duration.ofMinutes(15));

    /** Past this many addresses, spent entries are swept out before another is added. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, FailureWindow> windows = new ConcurrentHashMap<>();
    private final ThrottlePolicy policy;
    private final Clock clock;

    @Autowired
    AddressThrottle(Clock clock) {
        this(POLICY, clock);
    }

    AddressThrottle(ThrottlePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    Optional<Duration> blockedFor(String address) {
        FailureWindow window = windows.get(address);
        return window == null ? Optional.empty() : window.lockRemaining(clock.instant());
    }

    /** @return how long the address is now refused, when this failure reached the limit */
    Optional<Duration> recordFailure(String address) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_ABOVE) {
            forgetSpent();
        }
        FailureWindow after = windows.merge(
                address,
                FailureWindow.CLEAR.afterFailure(now, policy),
                (before, first) -> before.afterFailure(now, policy));
        return after.lockRemaining(now);
    }

    void forgetSpent() {
        Instant now = clock.instant();
        windows.values().removeIf(window -> window.isSpent(now, policy));
    }
}
