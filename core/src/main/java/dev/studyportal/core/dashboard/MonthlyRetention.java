package dev.studyportal.core.dashboard;

import java.time.YearMonth;

/**
 * True retention in one month of the learner's calendar: of the ratings of cards that were in review
 * state (not new, not in learning or relearning steps), the share that were not "Again".
 */
public record MonthlyRetention(YearMonth month, long reviews, long recalled) {

    /** Between 0 and 1; 0 for a month without reviews of cards in review state. */
    public double retention() {
        return reviews == 0 ? 0 : (double) recalled / reviews;
    }
}
