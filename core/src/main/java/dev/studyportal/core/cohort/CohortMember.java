package dev.studyportal.core.cohort;

import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's place in one cohort: their role there and whether they share their progress with the
 * other members. Sharing starts off; only the member turns it on.
 */
@Entity
@Table(name = "cohort_member")
public class CohortMember extends AbstractEntity {

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CohortRole role;

    @Column(nullable = false)
    private boolean sharing;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    protected CohortMember() {}

    public CohortMember(Cohort cohort, UserAccount person, CohortRole role, Instant joinedAt) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.person = Objects.requireNonNull(person, "person");
        this.role = Objects.requireNonNull(role, "role");
        this.joinedAt = Objects.requireNonNull(joinedAt, "joinedAt");
    }

    /** The service checks who may change roles and that a cohort keeps an owner; this only records it. */
    public void changeRole(CohortRole newRole) {
        role = Objects.requireNonNull(newRole, "role");
    }

    public void share(boolean on) {
        sharing = on;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public UserAccount getPerson() {
        return person;
    }

    public CohortRole getRole() {
        return role;
    }

    public boolean isSharing() {
        return sharing;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
