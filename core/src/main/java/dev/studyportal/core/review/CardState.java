package dev.studyportal.core.review;

import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.review.fsrs.CardPhase;
import dev.studyportal.core.review.fsrs.FsrsCard;
import dev.studyportal.core.review.fsrs.FsrsScheduler;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.review.fsrs.ReviewOutcome;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One learner's memory of one question: the FSRS state that schedules it, counts, the content
 * version last seen, and a bookmark. Created on the first review or bookmark.
 */
@Entity
@Table(name = "card_state")
public class CardState extends AbstractEntity {

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount learner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CardPhase phase = CardPhase.LEARNING;

    @Column
    private @Nullable Integer step = 0;

    @Column
    private @Nullable Double stability;

    @Column
    private @Nullable Double difficulty;

    @Column(name = "due_at")
    private @Nullable Instant dueAt;

    @Column(name = "last_review_at")
    private @Nullable Instant lastReviewAt;

    @Column(nullable = false)
    private int reps;

    @Column(nullable = false)
    private int lapses;

    /** How many of the ratings that stand were Again: the share of Again per question comes from the cards. */
    @Column(nullable = false)
    private int agains;

    /** The latest rating that stands of Good or Easy, and of Again or Hard: what an assignment's rule asks. */
    @Column(name = "last_good_at")
    private @Nullable Instant lastGoodAt;

    @Column(name = "last_bad_at")
    private @Nullable Instant lastBadAt;

    @Column(name = "seen_content_version")
    private @Nullable Integer seenContentVersion;

    @Column(nullable = false)
    private boolean bookmarked;

    protected CardState() {}

    public CardState(UserAccount learner, Question question) {
        this.learner = Objects.requireNonNull(learner, "learner");
        this.question = Objects.requireNonNull(question, "question");
    }

    /**
     * Applies a rating and returns the log entry that records it, before and after, so that it can be
     * undone and so dashboards can be derived from the log alone.
     */
    public ReviewLog review(Rating rating, Instant at, Duration took, FsrsScheduler scheduler, @Nullable UUID attempt) {
        FsrsCard before = fsrsCard(at);
        ReviewOutcome outcome = scheduler.review(before, rating, at);
        ReviewLog log = new ReviewLog(
                learner,
                question,
                rating,
                at,
                took,
                question.getContentVersion(),
                outcome.retrievability(),
                snapshot(),
                outcome.card(),
                attempt);
        FsrsCard after = outcome.card();
        if (rating == Rating.AGAIN && phase == CardPhase.REVIEW) {
            lapses++;
        }
        if (rating == Rating.AGAIN) {
            agains++;
        }
        if (rating.isGoodOrEasy()) {
            lastGoodAt = at;
        } else {
            lastBadAt = at;
        }
        phase = after.phase();
        step = after.step();
        stability = after.stability();
        difficulty = after.difficulty();
        dueAt = after.due();
        lastReviewAt = after.lastReview();
        reps++;
        seenContentVersion = question.getContentVersion();
        return log;
    }

    /**
     * Puts the card back as it was before {@code log}, which must be this card's latest review. The log keeps no
     * copy of the latest-rating moments, so the caller looks up {@code earlierOfSameKind}: the latest other rating
     * that stands of the same kind as the one undone (Good or Easy, or Again or Hard), if any.
     */
    void restore(ReviewLog log, @Nullable Instant earlierOfSameKind) {
        if (log.getRating() == Rating.AGAIN) {
            agains--;
        }
        if (log.getRating().isGoodOrEasy()) {
            lastGoodAt = earlierOfSameKind;
        } else {
            lastBadAt = earlierOfSameKind;
        }
        ReviewLog.Snapshot before = log.before();
        phase = before.phase();
        step = before.step();
        stability = before.stability();
        difficulty = before.difficulty();
        dueAt = before.dueAt();
        lastReviewAt = before.lastReviewAt();
        reps = before.reps();
        lapses = before.lapses();
    }

    ReviewLog.Snapshot snapshot() {
        return new ReviewLog.Snapshot(phase, step, stability, difficulty, dueAt, lastReviewAt, reps, lapses);
    }

    /** The scheduler's view of this card; a new card is due now. */
    public FsrsCard fsrsCard(Instant now) {
        if (reps == 0) {
            return FsrsCard.newCard(now);
        }
        return new FsrsCard(phase, step, stability, difficulty, dueAt == null ? now : dueAt, lastReviewAt);
    }

    public boolean toggleBookmark() {
        bookmarked = !bookmarked;
        return bookmarked;
    }

    public CardStatus status() {
        if (reps == 0) {
            return CardStatus.NEW;
        }
        if (phase != CardPhase.REVIEW) {
            return CardStatus.LEARNING;
        }
        return stability != null && stability >= CardStatus.MASTERED_STABILITY_DAYS
                ? CardStatus.MASTERED
                : CardStatus.REVIEW;
    }

    /** Whether the question was edited since this learner last reviewed it. */
    public boolean changedSinceLastReview() {
        return seenContentVersion != null && seenContentVersion < question.getContentVersion();
    }

    public UserAccount getLearner() {
        return learner;
    }

    public Question getQuestion() {
        return question;
    }

    public CardPhase getPhase() {
        return phase;
    }

    public @Nullable Double getStability() {
        return stability;
    }

    public @Nullable Double getDifficulty() {
        return difficulty;
    }

    public @Nullable Instant getDueAt() {
        return dueAt;
    }

    public @Nullable Instant getLastReviewAt() {
        return lastReviewAt;
    }

    public int getReps() {
        return reps;
    }

    public int getLapses() {
        return lapses;
    }

    public int getAgains() {
        return agains;
    }

    public @Nullable Instant getLastGoodAt() {
        return lastGoodAt;
    }

    public @Nullable Instant getLastBadAt() {
        return lastBadAt;
    }

    public @Nullable Integer getSeenContentVersion() {
        return seenContentVersion;
    }

    public boolean isBookmarked() {
        return bookmarked;
    }
}
