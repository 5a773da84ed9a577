package dev.studyportal.core.review;

import dev.studyportal.core.content.QuestionDetail;
import dev.studyportal.core.review.fsrs.Rating;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The next question to study, with what each rating would schedule (shown on the buttons).
 *
 * @param attempt this showing of the card: rating it twice, as a retry after a lost reply does, stores one rating
 */
public record StudyCard(
        QuestionDetail question,
        CardStatus status,
        Map<Rating, Duration> intervals,
        boolean changedSinceLastReview,
        UUID attempt) {

    public StudyCard {
        intervals = Map.copyOf(intervals);
    }
}
