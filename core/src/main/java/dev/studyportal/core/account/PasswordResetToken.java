package dev.studyportal.core.account;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A password reset link that was mailed to an account's owner: usable once, until it expires or a newer
 * link replaces it. Holds the hash of the link's token only, never the token.
 */
@Entity
@Table(name = "password_reset_token")
class PasswordResetToken extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected PasswordResetToken() {
        tokenHash = "";
        requestedAt = expiresAt = Instant.EPOCH;
    }

    PasswordResetToken(UserAccount account, String tokenHash, Instant requestedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(requestedAt)) {
            throw new IllegalArgumentException("A reset link must expire after it is made");
        }
        this.account = Objects.requireNonNull(account, "account");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
    }

    UserAccount account() {
        return account;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** The link sets a password: it never works again. */
    void spend(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("This reset link is used, revoked or expired");
        }
        this.usedAt = now;
    }

    /** A newer link or a changed password makes this one worthless; a spent or revoked link stays as it was. */
    void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            this.revokedAt = now;
        }
    }
}
