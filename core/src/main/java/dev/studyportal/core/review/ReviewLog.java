package dev.studyportal.core.review;

import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.review.fsrs.CardPhase;
import dev.studyportal.core.review.fsrs.FsrsCard;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One rating, with the card's state before and after it. Append-only: an undo marks the entry
 * rather than deleting it, so the history stays whole; dashboards skip undone entries.
 */
@Entity
@Table(name = "review_log")
public class ReviewLog extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount learner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Rating rating;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    @Column(name = "content_version", nullable = false, updatable = false)
    private int contentVersion;

    @Column(updatable = false)
    private @Nullable Double retrievability;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase_before", nullable = false, updatable = false)
    private CardPhase phaseBefore;

    @Column(name = "step_before", updatable = false)
    private @Nullable Integer stepBefore;

    @Column(name = "stability_before", updatable = false)
    private @Nullable Double stabilityBefore;

    @Column(name = "difficulty_before", updatable = false)
    private @Nullable Double difficultyBefore;

    @Column(name = "due_before", updatable = false)
    private @Nullable Instant dueBefore;

    @Column(name = "last_review_before", updatable = false)
    private @Nullable Instant lastReviewBefore;

    @Column(name = "reps_before", nullable = false, updatable = false)
    private int repsBefore;

    @Column(name = "lapses_before", nullable = false, updatable = false)
    private int lapsesBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase_after", nullable = false, updatable = false)
    private CardPhase phaseAfter;

    @Column(name = "step_after", updatable = false)
    private @Nullable Integer stepAfter;

    @Column(name = "stability_after", nullable = false, updatable = false)
    private double stabilityAfter;

    @Column(name = "difficulty_after", nullable = false, updatable = false)
    private double difficultyAfter;

    @Column(name = "due_after", nullable = false, updatable = false)
    private Instant dueAfter;

    @Column(name = "undone_at")
    private @Nullable Instant undoneAt;

    /** The showing of the card this rating answers, when the rating came from the review queue. */
    @Column(name = "attempt_id", updatable = false, length = 36)
    @JdbcTypeCode(SqlTypes.CHAR)
    private @Nullable UUID attempt;

    protected ReviewLog() {
        rating = Rating.GOOD;
        reviewedAt = dueAfter = Instant.EPOCH;
        phaseBefore = phaseAfter = CardPhase.LEARNING;
    }

    ReviewLog(
            UserAccount learner,
            Question question,
            Rating rating,
            Instant reviewedAt,
            Duration took,
            int contentVersion,
            double retrievability,
            Snapshot before,
            FsrsCard after,
            @Nullable UUID attempt) {
        this.learner = learner;
        this.attempt = attempt;
        this.question = question;
        this.rating = rating;
        this.reviewedAt = reviewedAt;
        this.durationMs = Math.max(0, took.toMillis());
        this.contentVersion = contentVersion;
        this.retrievability = before.reps() == 0 ? null : retrievability;
        this.phaseBefore = before.phase();
        this.stepBefore = before.step();
        this.stabilityBefore = before.stability();
        this.difficultyBefore = before.difficulty();
        this.dueBefore = before.dueAt();
        this.lastReviewBefore = before.lastReviewAt();
        this.repsBefore = before.reps();
        this.lapsesBefore = before.lapses();
        this.phaseAfter = after.phase();
        this.stepAfter = after.step();
        // A rating always leaves the card with a memory state (FsrsCard's invariant).
        this.stabilityAfter = Objects.requireNonNull(after.stability(), "stability after a rating");
        this.difficultyAfter = Objects.requireNonNull(after.difficulty(), "difficulty after a rating");
        this.dueAfter = after.due();
    }

    /** The card as it was before this rating. */
    record Snapshot(
            CardPhase phase,
            @Nullable Integer step,
            @Nullable Double stability,
            @Nullable Double difficulty,
            @Nullable Instant dueAt,
            @Nullable Instant lastReviewAt,
            int reps,
            int lapses) {}

    Snapshot before() {
        return new Snapshot(
                phaseBefore,
                stepBefore,
                stabilityBefore,
                difficultyBefore,
                dueBefore,
                lastReviewBefore,
                repsBefore,
                lapsesBefore);
    }

    void undo(Instant at) {
        if (undoneAt != null) {
            throw new IllegalStateException("This rating was undone already");
        }
        undoneAt = at;
    }

    long learnerId() {
        return learner.id();
    }

    public Question getQuestion() {
        return question;
    }

    public Rating getRating() {
        return rating;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public Instant getDueAfter() {
        return dueAfter;
    }

    public double getStabilityAfter() {
        return stabilityAfter;
    }

    public @Nullable Double getRetrievability() {
        return retrievability;
    }

    public @Nullable Instant getUndoneAt() {
        return undoneAt;
    }

    public boolean wasNew() {
        return repsBefore == 0;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }
}
