package dev.studyportal.core.cohort;

import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An invitation into one cohort, by code or by the link that carries it. Holds the code's hash only, and
 * its last characters as a hint for the owner's list. Used by several people up to its limit, until it
 * expires or an owner revokes it; kept afterwards so that its uses still show.
 */
@Entity
@Table(name = "cohort_invite")
class CohortInvite extends AbstractEntity {

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
    private String codeHash;

    @Column(name = "code_hint", nullable = false, updatable = false, length = 8)
    private String codeHint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "max_uses", updatable = false)
    private @Nullable Integer maxUses;

    @Column(nullable = false)
    private int uses;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected CohortInvite() {
        codeHash = codeHint = "";
        createdAt = expiresAt = Instant.EPOCH;
    }

    CohortInvite(
            Cohort cohort,
            String codeHash,
            String codeHint,
            UserAccount createdBy,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Integer maxUses) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("An invitation must expire after it is made");
        }
        if (maxUses != null && maxUses < 1) {
            throw new IllegalArgumentException("An invitation's limit is at least one use");
        }
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.codeHash = codeHash;
        this.codeHint = codeHint;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.maxUses = maxUses;
    }

    /** Why the invitation lets nobody in at {@code now}, or {@code null} when it still does. */
    @Nullable
    InviteProblem problemAt(Instant now) {
        if (revokedAt != null) {
            return InviteProblem.REVOKED;
        }
        if (!now.isBefore(expiresAt)) {
            return InviteProblem.EXPIRED;
        }
        if (maxUses != null && uses >= maxUses) {
            return InviteProblem.USED_UP;
        }
        return null;
    }

    InviteState stateAt(Instant now) {
        InviteProblem problem = problemAt(now);
        return problem == null ? InviteState.OPEN : InviteState.valueOf(problem.name());
    }

    void use(Instant now) {
        if (problemAt(now) != null) {
            throw new IllegalStateException("This invitation lets nobody in any more");
        }
        uses++;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Cohort getCohort() {
        return cohort;
    }

    InviteSummary summary(Instant now) {
        return new InviteSummary(
                id(), codeHint, createdBy.getDisplayName(), createdAt, expiresAt, maxUses, uses, stateAt(now));
    }
}
