package dev.studyportal.core.review.fsrs;

/**
 * Where a card is in its life, as py-fsrs's {@code State}. There is deliberately no "new" phase: py-fsrs
 * starts every card in {@link #LEARNING} at step 0, and a card is new while it has no memory state yet
 * (see {@link FsrsCard#isNew()}).
 */
public enum CardPhase {
    /** Working through the learning steps (minutes apart) before the first day-long interval. */
    LEARNING,
    /** Scheduled in whole days from its stability. */
    REVIEW,
    /** Forgotten during review and back on short relearning steps. */
    RELEARNING
}
