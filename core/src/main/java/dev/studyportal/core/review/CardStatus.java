package dev.studyportal.core.review;

/** Where a learner stands with a question, as the library filters and dashboards show it. */
public enum CardStatus {
    /** Never reviewed. */
    NEW,
    /** In its first short steps, or relearning after a lapse. */
    LEARNING,
    /** On day-based intervals. */
    REVIEW,
    /** Remembered well enough to be due three weeks or more apart (Anki's "mature"). */
    MASTERED;

    /** The stability, in days, from which a card in review counts as mastered. */
    public static final double MASTERED_STABILITY_DAYS = 21;
}
