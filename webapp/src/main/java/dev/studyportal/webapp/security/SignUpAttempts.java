package dev.studyportal.webapp.security;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.AccountSummary;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.account.ThrottlePolicy;
import dev.studyportal.core.account.UsernameTakenException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sign-up with a throttle per client address (ASVS 6.3.8). A sign-up must say when a username is taken,
 * or nobody could pick another; the service says so only once every other field passes (and, by
 * invitation, only with a good code). What is left is bounded here: after {@link #TAKEN_NAMES}'s 10
 * "taken" answers within 15 minutes, that address may not sign up at all for 15 minutes, so one machine
 * learns at most 10 names a quarter of an hour. Other refusals reveal nothing and are not counted, so a
 * class signing up behind one router is not held up by each other's typos.
 */
@Component
public class SignUpAttempts {

    static final ThrottlePolicy TAKEN_NAMES = new ThrottlePolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final AccountService accounts;
    private final AddressThrottle addresses;

    SignUpAttempts(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.addresses = new AddressThrottle(TAKEN_NAMES, clock);
    }

    /**
     * @throws InvalidAccountDetailsException as {@link AccountService#signUp(SignUp, String)} does, and for
     *         {@code username} while the client address must wait
     */
    public AccountSummary signUp(SignUp request, @Nullable String inviteCode, String clientAddress) {
        Optional<Duration> refused = addresses.blockedFor(clientAddress);
        if (refused.isPresent()) {
            throw tooMany(refused.get());
        }
        try {
            return accounts.signUp(request, inviteCode);
        } catch (UsernameTakenException taken) {
            Optional<Duration> nowBlocked = addresses.recordFailure(clientAddress);
            if (nowBlocked.isPresent()) {
                throw tooMany(nowBlocked.get());
            }
            throw taken;
        }
    }

    void forgetSpent() {
        addresses.forgetSpent();
    }

    private static InvalidAccountDetailsException tooMany(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new InvalidAccountDetailsException(
                "username", "Too many sign-up attempts from your network; try again in " + minutes + " minutes.");
    }
}
