package dev.studyportal.core.plan;

import dev.studyportal.core.review.fsrs.CardPhase;
import dev.studyportal.core.review.fsrs.FsrsCard;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question in a plan's scope with the learner's memory of it, read as one flat row: readiness needs
 * these figures for thousands of questions and never the entities behind them.
 */
record ScopeCard(
        long questionId,
        String title,
        @Nullable CardPhase phase,
        @Nullable Integer step,
        @Nullable Double stability,
        @Nullable Double difficulty,
        @Nullable Instant dueAt,
        @Nullable Instant lastReviewAt,
        @Nullable Integer reps) {

    boolean isStudied() {
        return reps != null
                && reps > 0
                && stability != null
                && difficulty != null
                && dueAt != null
                && lastReviewAt != null
                && phase != null;
    }

    /** The card as FSRS sees it; only for a studied card. */
    FsrsCard fsrsCard() {
        if (!(phase instanceof CardPhase studied) || !(dueAt instanceof Instant due)) {
            throw new IllegalStateException("Question " + questionId + " has not been studied");
        }
        return new FsrsCard(
                studied,
                studied == CardPhase.REVIEW ? null : (step == null ? 0 : step),
                stability,
                difficulty,
                due,
                lastReviewAt);
    }
}
