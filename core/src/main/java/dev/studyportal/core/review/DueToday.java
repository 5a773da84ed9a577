package dev.studyportal.core.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The whole bank's reviewed cards that fall due in the learner's day.
 *
 * @param dueNow            due now
 * @param dueBeforeMidnight due before the learner's midnight, those due now included
 * @param nextDue           the earliest of them not yet due; null when none is
 */
public record DueToday(
        long dueNow, long dueBeforeMidnight, @Nullable Instant nextDue) {

    /** What a learner whose review limit is spent has due: nothing. */
    static final DueToday NONE = new DueToday(0, 0, null);
}
