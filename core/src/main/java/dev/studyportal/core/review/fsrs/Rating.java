package dev.studyportal.core.review.fsrs;

/**
 * How well the learner recalled a card. The numeric values are FSRS's grades; the formulas use them
 * arithmetically (for example {@code rating - 3}), so they are part of the algorithm, not just labels.
 */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** A successful recall; only {@link #AGAIN} counts as forgetting. */
    public boolean isRecall() {
        return this != AGAIN;
    }

    /** What an assignment's completion rule accepts as the last word on a question; Again and Hard are not. */
    public boolean isGoodOrEasy() {
        return this == GOOD || this == EASY;
    }

    public static Rating of(int value) {
        for (Rating rating : values()) {
            if (rating.value == value) {
                return rating;
            }
        }
        throw new IllegalArgumentException("A rating is 1 (again) to 4 (easy), not " + value);
    }
}
