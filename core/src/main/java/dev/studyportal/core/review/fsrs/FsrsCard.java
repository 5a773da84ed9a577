package dev.studyportal.core.review.fsrs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A card's scheduling state, as py-fsrs's {@code Card} without its id (the caller's entity owns identity).
 *
 * <p>
 * A new card has no memory yet: {@code stability}, {@code difficulty} and {@code lastReview} are all null,
 * and it sits in {@link CardPhase#LEARNING} at step 0. After its first review all three are set and stay set.
 * {@code step} is the index into the learning or relearning steps and is null exactly in {@link CardPhase#REVIEW}.
 *
 * @param phase where the card is in its life
 * @param step the current learning or relearning step; null in review
 * @param stability days until recall probability falls to 90%; null while new
 * @param difficulty 1 (easiest) to 10 (hardest); null while new
 * @param due when the card should next be shown
 * @param lastReview when it was last reviewed; null while new
 */
public record FsrsCard(
        CardPhase phase,
        @Nullable Integer step,
        @Nullable Double stability,
        @Nullable Double difficulty,
        Instant due,
        @Nullable Instant lastReview) {

    public static final double MINIMUM_STABILITY = 0.001;
    public static final double MINIMUM_DIFFICULTY = 1.0;
    public static final double MAXIMUM_DIFFICULTY = 10.0;

    public FsrsCard {
        if (phase == null) {
            throw new IllegalArgumentException("A card needs a phase");
        }
        if (due == null) {
            throw new IllegalArgumentException("A card needs a due time");
        }
        if (phase == CardPhase.REVIEW) {
            if (step != null) {
                throw new IllegalArgumentException("A card in review has no step, but got step " + step);
            }
        } else if (step == null || step < 0) {
            throw new IllegalArgumentException("A card in " + phase + " needs a step of 0 or more, not " + step);
        }
        boolean hasMemory = stability != null;
        if ((difficulty != null) != hasMemory || (lastReview != null) != hasMemory) {
            throw new IllegalArgumentException(
                    "Stability, difficulty and last review are set together after the first review, or all absent;"
                            + " got stability " + stability + ", difficulty " + difficulty
                            + ", last review " + lastReview);
        }
        if (stability != null && difficulty != null) {
            if (!(stability >= MINIMUM_STABILITY) || stability.isInfinite()) {
                throw new IllegalArgumentException(
                        "Stability must be a finite number of at least " + MINIMUM_STABILITY + ", not " + stability);
            }
            if (!(difficulty >= MINIMUM_DIFFICULTY && difficulty <= MAXIMUM_DIFFICULTY)) {
                throw new IllegalArgumentException("Difficulty must be between " + MINIMUM_DIFFICULTY + " and "
                        + MAXIMUM_DIFFICULTY + ", not " + difficulty);
            }
        } else if (phase != CardPhase.LEARNING) {
            throw new IllegalArgumentException("A card without memory state can only be learning, not " + phase);
        }
    }

    /** A card nobody has reviewed yet, due at {@code due} (py-fsrs's {@code Card()} uses "now"). */
    public static FsrsCard newCard(Instant due) {
        return new FsrsCard(CardPhase.LEARNING, 0, null, null, due, null);
    }

    /** True until the first review gives the card a memory state. */
    public boolean isNew() {
        return stability == null;
    }
}
