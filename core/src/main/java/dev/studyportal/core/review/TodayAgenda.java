package dev.studyportal.core.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What is left to study today.
 *
 * @param dueNow          reviews that can be taken now
 * @param dueLaterToday   reviews that fall due before the learner's midnight (learning steps, mostly)
 * @param newToday        new questions still allowed today by the daily limit and the bank
 * @param reviewedToday   ratings given today
 * @param nextDueToday    when the next of {@code dueLaterToday} falls due, if any
 */
public record TodayAgenda(int dueNow, int dueLaterToday, int newToday, int reviewedToday,
                          @Nullable Instant nextDueToday) {

    public boolean isDone() {
        return dueNow == 0 && newToday == 0;
    }
}
