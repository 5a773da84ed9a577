package dev.studyportal.core.account;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account as an administrator sees it: who, what they may do, whether they can log in, and whether
 * logging in takes a code from their phone (never the secret itself).
 */
public record ManagedAccount(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        boolean enabled,
        @Nullable Instant lockedOutUntil,
        Instant createdAt,
        boolean twoStepOn) {

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
