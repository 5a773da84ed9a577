package dev.studyportal.webapp.security;

import dev.studyportal.core.account.LoginLockouts;
import dev.studyportal.core.account.PasswordResets;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets failed-login counts, reset request and sign-up counts and expired reset links that no longer matter, so that
 * names tried once do not pile up.
 */
@Component
class LoginHousekeeping {

    private final LoginLockouts lockouts;
    private final AddressThrottle addresses;
    private final PasswordResets resets;
    private final ResetLinkRequests resetRequests;
    private final SignUpAttempts signUps;

    LoginHousekeeping(
            LoginLockouts lockouts,
            AddressThrottle addresses,
            PasswordResets resets,
            ResetLinkRequests resetRequests,
            SignUpAttempts signUps) {
        this.lockouts = lockouts;
        this.addresses = addresses;
        this.resets = resets;
        this.resetRequests = resetRequests;
        this.signUps = signUps;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void forgetSpentCounts() {
        lockouts.forgetSpent();
        addresses.forgetSpent();
        resets.forgetExpired();
        resetRequests.forgetSpent();
        signUps.forgetSpent();
    }
}
