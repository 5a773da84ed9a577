package dev.studyportal.core.review;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the review screen shows after a rating: the card to study next and the counts left today, both of the
 * same {@link QueueScope}, read in the rating's own transaction so that they already count it.
 *
 * @param next   the next card to study; null when nothing is left to study now
 * @param agenda today's counts
 */
public record ReviewQueue(@Nullable StudyCard next, TodayAgenda agenda) {

    public Optional<StudyCard> nextCard() {
        return Optional.ofNullable(next);
    }
}
