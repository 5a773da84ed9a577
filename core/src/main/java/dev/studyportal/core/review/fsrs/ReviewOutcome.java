package dev.studyportal.core.review.fsrs;

import java.time.Duration;

/**
 * What one review did to a card.
 *
 * @param card the card after the review; its {@code lastReview} is the review time
 * @param retrievability the probability the learner would recall the card at the review time, judged from
 *     the state before the review (0 for a new card); worth logging, because it is what the rating answered
 */
public record ReviewOutcome(FsrsCard card, double retrievability) {

    public ReviewOutcome {
        if (card == null || card.lastReview() == null) {
            throw new IllegalArgumentException("A review outcome needs the reviewed card");
        }
    }

    /** The wait until the card is due again: what a rating button shows. */
    public Duration interval() {
        return Duration.between(card.lastReview(), card.due());
    }
}
