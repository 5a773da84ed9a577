package dev.studyportal.core.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only so many password checks run at once. One Argon2id check is about 45 ms of one core's time
 * (docs/benchmarks.md); a burst of sign-ins, each on its own request thread, would otherwise take every core,
 * and the learners already signed in would wait behind it, their requests holding database connections
 * until the pool ran dry. Checks beyond the limit wait their turn, in order, up to {@code longestWait}; then
 * the sign-in is refused as {@link PasswordChecksBusyException}, which the login view tells apart from a wrong
 * password. Hashing a new password (sign-up, change, reset) is not limited: it is rare and happens once per
 * person, where a crowd signs in all at once.
 */
final class PasswordCheckGate implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Semaphore permits;
    private final Duration longestWait;

    PasswordCheckGate(PasswordEncoder encoder, int atOnce, Duration longestWait) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("At least one password check must be able to run, not " + atOnce);
        }
        this.encoder = encoder;
        this.permits = new Semaphore(atOnce, true);
        this.longestWait = longestWait;
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PasswordChecksBusyException(longestWait);
        }
        if (!admitted) {
            throw new PasswordChecksBusyException(longestWait);
        }
        try {
            return encoder.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }
}
