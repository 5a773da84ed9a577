package dev.studyportal.core.dashboard;

import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Days in a row on which a learner studied. The rules, also in the user guide:
 * <ul>
 * <li>A day is a calendar day in the learner's time zone (Settings), midnight to midnight, the same day
 *     that resets the daily limits. Past reviews are placed in the zone the learner has now.</li>
 * <li>A day counts when the learner rated at least one question on it, new or review, whatever the rating.
 *     An undone rating does not count.</li>
 * <li>The current streak runs back from today. While today has no rating yet, it runs back from yesterday:
 *     a streak is broken only once a whole day has passed without a rating.</li>
 * <li>The longest streak is the longest run of counted days ever.</li>
 * </ul>
 *
 * @param current   counted days in a row up to today (or yesterday, while today has none yet)
 * @param longest   the longest run ever, at least {@code current}
 * @param doneToday whether today counts already
 */
public record Streak(int current, int longest, boolean doneToday) {

    public static final Streak NONE = new Streak(0, 0, false);

    /** The streak of a learner who studied on {@code days}, seen on {@code today}. */
    public static Streak of(java.util.Collection<LocalDate> days, LocalDate today) {
        NavigableSet<LocalDate> studied = new TreeSet<>(days);
        // Reviews dated after today can only come from a clock or zone change; they do not extend a streak.
        studied = studied.headSet(today, true);
        if (studied.isEmpty()) {
            return NONE;
        }
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : studied) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        boolean doneToday = studied.contains(today);
        LocalDate cursor = doneToday ? today : today.minusDays(1);
        int current = 0;
        while (studied.contains(cursor)) {
            current++;
            cursor = cursor.minusDays(1);
        }
        return new Streak(current, longest, doneToday);
    }
}
