package dev.studyportal.core.account;

import dev.studyportal.core.access.AdminAction;
import dev.studyportal.core.access.OwnData;
import java.security.SecureRandom;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in (OWASP ASVS 5.0 6.3.3): besides the password, a code from an authenticator app
 * (RFC 6238, see {@link Totp}). A person turns it on by proving their app holds the new secret, and off
 * with their password; an administrator turns it off for someone who lost their phone.
 */
@Service
@Transactional
public class TwoStepSignIn {

    /** 160 bits, the size RFC 4226 recommends for the shared secret. */
    private static final int SECRET_BYTES = 20;

    private static final Logger log = LoggerFactory.getLogger(TwoStepSignIn.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TwoStepSignIn(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    @OwnData
    @Transactional(readOnly = true)
    public boolean isOn(String username) {
        return account(username).isTwoStepOn();
    }

    /** A fresh secret to show; nothing changes until {@link #turnOn} proves the app has it. */
    @OwnData
    @Transactional(readOnly = true)
    public TwoStepSetup newSetup(String username) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new TwoStepSetup(account(username).getUsername(), Base32.encode(secret));
    }

    /**
     * Turns it on; the person's other sessions and "keep me logged in" tokens end, as after a new password.
     *
     * @throws InvalidAccountDetailsException for {@code code} when it is not the app's code of now
     */
    @OwnData
    public void turnOn(String username, TwoStepSetup setup, String code) {
        UserAccount account = account(username);
        if (!setup.username().equals(username) || !account.turnTwoStepOn(setup.secret(), code, clock.instant())) {
            throw new InvalidAccountDetailsException(
                    "code",
                    "That is not the code your app shows now; check that its clock is right and type the newest code.");
        }
        account.revokeSignIns();
        log.info("Two-step sign-in turned on by {}", username);
        events.publishEvent(new TwoStepChanged(username));
    }

    /** @throws InvalidAccountDetailsException for {@code currentPassword} when it is wrong */
    @OwnData
    public void turnOff(String username, String currentPassword) {
        UserAccount account = account(username);
        if (!account.isPassword(currentPassword, passwordEncoder)) {
            throw new InvalidAccountDetailsException(
                    "currentPassword", "That is not your current password; type the one you log in with.");
        }
        account.turnTwoStepOff();
        account.revokeSignIns();
        log.info("Two-step sign-in turned off by {}", username);
        events.publishEvent(new TwoStepChanged(username));
    }

    /**
     * For a person who lost their phone: they log in with their password alone and may turn it on
     * again. Every session of theirs ends, the one on the lost phone too.
     */
    @AdminAction
    public void turnOffFor(String admin, String username) {
        UserAccount account = account(username);
        account.turnTwoStepOff();
        account.revokeSignIns();
        log.info("Two-step sign-in of {} turned off by {}", username, admin);
        events.publishEvent(new SignInRevoked(account.getUsername()));
    }

    /**
     * Whether a login that got the password right may go on: yes without two-step sign-in, else only
     * with a code of now, newer than any taken before. Open to anyone, because the login asks before
     * anyone is signed in; only the login calls it, and it counts a wrong code as a failed login.
     */
    public boolean passes(String username, @Nullable String code) {
        // Locked: two logins racing with one code must not both get in.
        return accounts.findIdByUsername(Username.normalize(username))
                .flatMap(accounts::lockById)
                .map(account -> account.acceptTwoStepCode(code, clock.instant()))
                .orElse(false);
    }

    private UserAccount account(String username) {
        return accounts.requireByUsername(username);
    }
}
