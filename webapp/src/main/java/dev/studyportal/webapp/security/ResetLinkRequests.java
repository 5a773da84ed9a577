package dev.studyportal.webapp.security;

import dev.studyportal.core.account.PasswordResets;
import dev.studyportal.core.account.ThrottlePolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Takes requests for a password reset link (docs/security.md). Each is answered at once and alike: looking
 * the account up, making the link and mailing it happen afterwards on a worker thread of their own, so
 * neither the answer nor how long it takes says whether the account exists (OWASP ASVS 5.0 §6.3.8). One
 * worker, in order, with a bounded queue: a flood of requests waits its turn or is dropped, and never
 * becomes a flood of mail. Core limits the links per mailbox; here the client address is limited too,
 * against one machine sweeping through many names.
 */
@Component
public class ResetLinkRequests implements DisposableBean {

    /** 10 requests within 15 minutes from one address, then 15 minutes' rest: a school behind one router still gets by. */
    static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private static final Logger log = LoggerFactory.getLogger(ResetLinkRequests.class);
    private static final int MOST_WAITING = 100;

    private final PasswordResets resets;
    private final ResetLinkMail mail;
    private final AddressThrottle addresses;
    private final ThreadPoolExecutor worker;

    ResetLinkRequests(PasswordResets resets, ResetLinkMail mail, Clock clock) {
        this.resets = resets;
        this.mail = mail;
        this.addresses = new AddressThrottle(PER_ADDRESS, clock);
        this.worker = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(MOST_WAITING),
                Thread.ofPlatform().name("reset-links").daemon().factory(),
                (request, executor) ->
                        log.warn("More than {} password reset requests are waiting; one was dropped", MOST_WAITING));
    }

    /** Whether this portal resets passwords by e-mail link at all: only where it can send mail. */
    public boolean offered() {
        return mail.available();
    }

    public Duration linkLifetime() {
        return resets.linkLifetime();
    }

    /**
     * Takes a request for a reset link for the account with this username or e-mail address.
     *
     * @return how long the client address must wait first, when it has asked too often; empty when taken
     */
    public Optional<Duration> submit(String usernameOrEmail, String clientAddress) {
        if (!offered()) {
            throw new IllegalStateException("This portal cannot send mail, so it does not reset passwords by e-mail");
        }
        Optional<Duration> refused = addresses.blockedFor(clientAddress);
        if (refused.isPresent()) {
            return refused;
        }
        addresses.recordFailure(clientAddress);
        worker.execute(() -> {
            try {
                resets.request(usernameOrEmail);
            } catch (RuntimeException e) {
                // Never what was typed: it may be a password typed into the wrong field.
                log.warn("A password reset request failed: {}", e.getClass().getSimpleName());
            }
        });
        return Optional.empty();
    }

    /** Forgets address counts that no longer matter. */
    void forgetSpent() {
        addresses.forgetSpent();
    }

    /** Lets the links already asked for go out before the portal stops. */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
