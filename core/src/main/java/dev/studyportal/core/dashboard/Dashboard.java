package dev.studyportal.core.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the dashboard shows one learner, seen on {@code today} in their time zone.
 *
 * @param days            every day the learner rated something, oldest first
 * @param dueForecast     the next {@value #FORECAST_DAYS} days from today, every day present
 * @param targetRetention the recall the learner aims for (Settings), between 0 and 1
 */
public record Dashboard(
        LocalDate today,
        ZoneId zone,
        double targetRetention,
        List<SectionMastery> mastery,
        List<DayActivity> days,
        List<DueDay> dueForecast) {

    public static final int FORECAST_DAYS = 30;
    public static final int HEATMAP_DAYS = 365;

    public Dashboard {
        mastery = List.copyOf(mastery);
        days = List.copyOf(days);
        dueForecast = List.copyOf(dueForecast);
    }

    /** A learner who has not rated anything yet (undone ratings aside). */
    public boolean isEmpty() {
        return days.isEmpty();
    }

    public long totalReviews() {
        return days.stream().mapToLong(DayActivity::reviews).sum();
    }

    public Streak streak() {
        return Streak.of(days.stream().map(DayActivity::day).toList(), today);
    }

    /** Days with ratings in the year up to today, for the heatmap. */
    public List<DayActivity> lastYear() {
        LocalDate first = firstHeatmapDay();
        return days.stream()
                .filter(day -> !day.day().isBefore(first) && !day.day().isAfter(today))
                .toList();
    }

    public LocalDate firstHeatmapDay() {
        return today.minusDays(HEATMAP_DAYS - 1);
    }

    /** Time spent on each of the last {@code count} days up to today, every day present. */
    public List<DayActivity> recentDays(int count) {
        Map<LocalDate, DayActivity> byDay = days.stream().collect(Collectors.toMap(DayActivity::day, day -> day));
        List<DayActivity> recent = new ArrayList<>(count);
        for (LocalDate day = today.minusDays(count - 1); !day.isAfter(today); day = day.plusDays(1)) {
            recent.add(byDay.getOrDefault(day, new DayActivity(day, 0, 0, 0, 0)));
        }
        return recent;
    }

    /** True retention for each month in which the learner reviewed cards in review state, oldest first. */
    public List<MonthlyRetention> retentionByMonth() {
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (DayActivity day : days) {
            if (day.matureReviews() > 0) {
                long[] counts = months.computeIfAbsent(YearMonth.from(day.day()), month -> new long[2]);
                counts[0] += day.matureReviews();
                counts[1] += day.matureRecalled();
            }
        }
        return months.entrySet().stream()
                .map(month -> new MonthlyRetention(month.getKey(), month.getValue()[0], month.getValue()[1]))
                .toList();
    }
}
