package dev.studyportal.webapp.security;

import dev.studyportal.core.account.LoginLockouts;
import dev.studyportal.core.account.PasswordChecksBusyException;
import dev.studyportal.core.account.TwoStepSignIn;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * Password login with throttling (docs/security.md): a login from a refused address or as a locked
 * username is turned away before its password is even checked, so guessing during a lockout learns
 * nothing; a wrong password counts against both; a right one clears the username's count. Unknown
 * usernames fail like wrong passwords (Spring hides the difference) and are counted alike.
 * <p>
 * With two-step sign-in on, the code from the person's app comes with the password, in the same form:
 * a missing or wrong code fails and counts exactly like a wrong password, so the answer never tells
 * whether the password was right, and code guessing meets the same lockout.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final TwoStepSignIn twoStep;
    private final LoginLockouts lockouts;
    private final AddressThrottle addresses;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords,
            TwoStepSignIn twoStep,
            LoginLockouts lockouts,
            AddressThrottle addresses) {
        this.passwords = passwords;
        this.twoStep = twoStep;
        this.lockouts = lockouts;
        this.addresses = addresses;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        try {
            return throttled(attempt);
        } catch (DataAccessException | TransactionException storeFailed) {
            // Neither a right nor a wrong password: the login view says the database is out of reach.
            throw new InternalAuthenticationServiceException("The login could not be checked", storeFailed);
        } catch (PasswordChecksBusyException busy) {
            // Nor this, but nothing failed either: not the "internal error" Spring logs for the exception above.
            throw new AuthenticationServiceException("The password's turn to be checked did not come", busy);
        }
    }

    private @Nullable Authentication throttled(Authentication attempt) {
        String username = attempt.getName();
        String address = clientAddress(attempt);
        Optional<Duration> refused = addresses.blockedFor(address).or(() -> lockouts.lockedFor(username));
        if (refused.isPresent()) {
            throw new LoginThrottledException(refused.get());
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            if (!twoStep.passes(username, code(attempt))) {
                throw new BadCredentialsException("Bad credentials");
            }
            lockouts.recordSuccess(username);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            Optional<Duration> accountLocked = lockouts.recordFailure(username);
            Optional<Duration> addressBlocked = addresses.recordFailure(address);
            Optional<Duration> nowRefused = accountLocked.or(() -> addressBlocked);
            if (nowRefused.isPresent()) {
                throw new LoginThrottledException(nowRefused.get());
            }
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String code(Authentication attempt) {
        return attempt.getDetails() instanceof LoginDetails details ? details.code() : null;
    }

    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
