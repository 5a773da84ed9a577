package dev.studyportal.webapp.security;

import dev.studyportal.core.account.LoginLockouts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets failed-login counts that no longer matter, so that names tried once do not pile up. */
@Component
class LoginHousekeeping {

    private final LoginLockouts lockouts;
    private final AddressThrottle addresses;

    LoginHousekeeping(LoginLockouts lockouts, AddressThrottle addresses) {
        this.lockouts = lockouts;
        this.addresses = addresses;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void forgetSpentCounts() {
        lockouts.forgetSpent();
        addresses.forgetSpent();
    }
}
