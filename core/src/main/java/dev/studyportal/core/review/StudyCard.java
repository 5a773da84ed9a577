package dev.studyportal.core.review;

import dev.studyportal.core.content.QuestionDetail;
import dev.studyportal.core.review.fsrs.Rating;
import java.time.Duration;
import java.util.Map;

/** The next question to study, with what each rating would schedule (shown on the buttons). */
public record StudyCard(QuestionDetail question, CardStatus status, Map<Rating, Duration> intervals,
                        boolean changedSinceLastReview) {

    public StudyCard {
        intervals = Map.copyOf(intervals);
    }
}
