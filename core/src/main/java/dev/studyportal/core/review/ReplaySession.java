package dev.studyportal.core.review;

import dev.studyportal.core.review.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One learner's history being replayed: what is due when, and the answers given, oldest first. */
public interface ReplaySession {

    /** The bank's active questions in the order the library lists them. */
    List<Long> questionIds();

    /** When the question falls due for this learner; empty while they have never answered it. */
    Optional<Instant> dueAt(long questionId);

    /**
     * Records an answer given at {@code at}, as {@link ReviewService#rate} would have recorded it then.
     *
     * @param took how long the learner looked at the question
     * @return when the question falls due next
     * @throws IllegalArgumentException when {@code at} is before the previous answer of the session
     */
    Instant answer(long questionId, Rating rating, Instant at, Duration took);
}
