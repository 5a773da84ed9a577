package dev.studyportal.core.account;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A single-use invitation to sign up, until it expires. Holds the code's hash only. */
@Entity
@Table(name = "invite_code")
class InviteCode extends AbstractEntity {

    @Column(name = "code_hash", nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_by")
    private @Nullable String usedBy;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected InviteCode() {
        codeHash = createdBy = "";
        createdAt = expiresAt = Instant.EPOCH;
    }

    InviteCode(String codeHash, String createdBy, Instant createdAt, Instant expiresAt) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("An invitation must expire after it is made");
        }
        this.codeHash = codeHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void redeem(String username, Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("This invitation is used or expired");
        }
        this.usedBy = username;
        this.usedAt = now;
    }
}
