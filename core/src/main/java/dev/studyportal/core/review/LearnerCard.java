package dev.studyportal.core.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where one learner stands with one question, for the question page. */
public record LearnerCard(
        CardStatus status,
        @Nullable Instant due,
        @Nullable Double stabilityDays,
        @Nullable Double difficulty,
        int reviews,
        int lapses,
        boolean bookmarked,
        boolean changedSinceLastReview,
        @Nullable Integer seenContentVersion,
        List<ReviewEntry> history) {

    public static final LearnerCard UNSEEN =
            new LearnerCard(CardStatus.NEW, null, null, null, 0, 0, false, false, null, List.of());

    public LearnerCard {
        history = List.copyOf(history);
    }
}
