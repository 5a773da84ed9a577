package dev.studyportal.core.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is left to study today: across every active study plan (each question once), or the whole bank
 * for a learner without one, or one plan when the learner asked for it alone.
 *
 * @param dueNow          reviews that can be taken now
 * @param dueLaterToday   reviews that fall due before the learner's midnight (learning steps, mostly)
 * @param newToday        new questions still allowed today by the plans, the daily limit and the bank
 * @param reviewedToday   ratings given today
 * @param nextDueToday    when the next of {@code dueLaterToday} falls due, if any
 * @param plans           each active plan's share, oldest plan first; empty for the whole bank
 */
public record TodayAgenda(
        int dueNow,
        int dueLaterToday,
        int newToday,
        int reviewedToday,
        @Nullable Instant nextDueToday,
        List<PlanToday> plans) {

    public TodayAgenda {
        plans = List.copyOf(plans);
    }

    /** The whole bank's agenda, for a learner without plans. */
    public TodayAgenda(int dueNow, int dueLaterToday, int newToday, int reviewedToday, @Nullable Instant nextDueToday) {
        this(dueNow, dueLaterToday, newToday, reviewedToday, nextDueToday, List.of());
    }

    public boolean isDone() {
        return dueNow == 0 && newToday == 0;
    }
}
