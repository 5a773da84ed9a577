package dev.studyportal.core.account;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Published when a password reset link has been made for an account, so that the portal mails it to
 * the account's owner once the link is stored. It is the only place the token exists outside the
 * owner's mailbox: {@link #toString()} leaves it out, so logging the event cannot leak it.
 *
 * @param token the secret part of the link; the database holds only its hash
 * @param timeZone the owner's, for telling them when the link was asked for and until when it works
 */
public record PasswordResetRequested(
        String username,
        String displayName,
        String email,
        ZoneId timeZone,
        String token,
        Instant requestedAt,
        Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetRequested[username=" + username + ", requestedAt=" + requestedAt + ", expiresAt="
                + expiresAt + ", token hidden]";
    }
}
