package dev.studyportal.core.assignment;

import dev.studyportal.core.review.CardStatus;
import dev.studyportal.core.review.fsrs.CardPhase;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One member's standing on one question of an assignment, as a cell of the progress matrix. Each cell has
 * exactly one, decided in this order: never rated; due or forgotten now; mastered; counting for the rule;
 * otherwise still learning.
 */
public enum CellStatus {
    /** Never rated. */
    NOT_SEEN("Not seen", "·"),
    /** Rated, but not yet counting for the assignment: on its first short steps, or last rated Again or Hard. */
    LEARNING("Learning", "L"),
    /** Forgotten (relearning after an Again) or its review is due now: memory that needs attention. */
    DUE_OR_FORGOTTEN("Due or forgotten", "D"),
    /** Counts for the completion rule and is not due. */
    KNOWN("Known for the assignment", "K"),
    /** Not due and remembered well enough to be due three weeks or more apart (the dashboard's mastered). */
    MASTERED("Mastered", "M");

    private final String label;
    private final String code;

    CellStatus(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** A one-character stand-in for the colour, for the matrix's text alternative and the CSV. */
    public String code() {
        return code;
    }

    /**
     * @param reps     the card's ratings (0 or no card: never rated)
     * @param phase    the card's phase, or null without a card
     * @param counts   whether the question counts for the completion rule
     */
    public static CellStatus of(
            int reps,
            @Nullable CardPhase phase,
            @Nullable Double stability,
            @Nullable Instant dueAt,
            boolean counts,
            Instant now) {
        if (reps == 0 || phase == null) {
            return NOT_SEEN;
        }
        if (phase == CardPhase.RELEARNING || (phase == CardPhase.REVIEW && dueAt != null && !dueAt.isAfter(now))) {
            return DUE_OR_FORGOTTEN;
        }
        if (phase == CardPhase.REVIEW && stability != null && stability >= CardStatus.MASTERED_STABILITY_DAYS) {
            return MASTERED;
        }
        return counts ? KNOWN : LEARNING;
    }
}
