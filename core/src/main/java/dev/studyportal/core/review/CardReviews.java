package dev.studyportal.core.review;

import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.review.fsrs.FsrsScheduler;
import dev.studyportal.core.review.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one way a rating reaches a learner's card, the review log and its rollup, whether the learner rates now
 * ({@link ReviewService}) or answers from the past are replayed ({@link ReviewReplay}): both schedule with the
 * learner's own parameters and write the same rows. An undo goes back the same way. Callers check access and
 * own the transaction, so the card, the log and the rollup change together or not at all.
 */
@Component
class CardReviews {

    private static final Set<Rating> GOOD_OR_EASY = EnumSet.of(Rating.GOOD, Rating.EASY);
    private static final Set<Rating> AGAIN_OR_HARD = EnumSet.of(Rating.AGAIN, Rating.HARD);

    private final CardStateRepository cards;
    private final ReviewLogRepository logs;
    private final ReviewRollup rollup;

    CardReviews(CardStateRepository cards, ReviewLogRepository logs, ReviewRollup rollup) {
        this.cards = cards;
        this.logs = logs;
        this.rollup = rollup;
    }

    ReviewLog review(
            UserAccount learner,
            Question question,
            Rating rating,
            Instant at,
            Duration took,
            FsrsScheduler scheduler,
            @Nullable UUID attempt) {
        return review(card(learner, question), rating, at, took, scheduler, attempt);
    }

    /** For a caller that already holds the card, such as a replay of many answers in one transaction. */
    ReviewLog review(
            CardState card, Rating rating, Instant at, Duration took, FsrsScheduler scheduler, @Nullable UUID attempt) {
        ReviewLog log = logs.save(card.review(rating, at, took, scheduler, attempt));
        rollup.add(log);
        return log;
    }

    /** Takes {@code log}, the card's latest rating, back: the card returns to its state before it. */
    void undo(CardState card, ReviewLog log, Instant at) {
        Rating undone = log.getRating();
        card.restore(
                log,
                logs.latestOfKind(
                                card.getLearner().id(),
                                card.getQuestion().id(),
                                undone.isGoodOrEasy() ? GOOD_OR_EASY : AGAIN_OR_HARD,
                                log.id())
                        .orElse(null));
        log.undo(at);
        rollup.takeBack(log);
    }

    /** The learner's card for the question, made on first sight. */
    CardState card(UserAccount learner, Question question) {
        return cards.find(learner.id(), question.id()).orElseGet(() -> cards.save(new CardState(learner, question)));
    }
}
