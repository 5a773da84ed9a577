package dev.studyportal.core.cohort;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One line of a cohort's feed. Appended, never changed; ids rather than associations, as it is only ever read in bulk. */
@Entity
@Table(name = "cohort_activity")
class ActivityEntry extends AbstractEntity {

    static final int DETAIL_LENGTH = 200;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private long cohortId;

    @Column(name = "user_account_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private ActivityKind kind;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private @Nullable String detail;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ActivityEntry() {
        occurredAt = Instant.EPOCH;
    }

    ActivityEntry(long cohortId, long personId, ActivityKind kind, @Nullable String detail, Instant occurredAt) {
        this.cohortId = cohortId;
        this.personId = personId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.detail = detail == null || detail.isBlank()
                ? null
                : detail.strip().substring(0, Math.min(detail.strip().length(), DETAIL_LENGTH));
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    }

    long getCohortId() {
        return cohortId;
    }

    ActivityKind getKind() {
        return kind;
    }

    @Nullable
    String getDetail() {
        return detail;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}
