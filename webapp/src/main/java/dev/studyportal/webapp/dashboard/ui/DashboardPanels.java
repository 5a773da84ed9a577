package dev.studyportal.webapp.dashboard.ui;

import dev.studyportal.core.dashboard.Dashboard;
import dev.studyportal.core.dashboard.DayActivity;
import dev.studyportal.core.dashboard.DueDay;
import dev.studyportal.core.dashboard.MonthlyRetention;
import dev.studyportal.core.dashboard.SectionMastery;
import dev.studyportal.core.plan.PlanReadiness;
import dev.studyportal.core.plan.ReadinessPoint;
import dev.studyportal.webapp.base.chart.ChartOption.Axis;
import dev.studyportal.webapp.base.chart.ChartOption.DatedValue;
import dev.studyportal.webapp.base.chart.ChartOption.Series;
import dev.studyportal.webapp.base.chart.ChartWithTable;
import dev.studyportal.webapp.base.chart.Charts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The dashboard's charts, each with its table and summary, from one learner's {@link Dashboard}. */
final class DashboardPanels {

    static final int TIME_DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Dashboard dashboard;

    DashboardPanels(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    ChartWithTable mastery() {
        ChartWithTable panel = new ChartWithTable("Mastery per section", "mastery-chart");
        List<SectionMastery> sections = dashboard.mastery();
        // Room for one bar per section and the legend, so that long banks stay readable.
        panel.getChart().setHeight((60 + 34 * Math.max(1, sections.size())) + "px");
        List<String> names = sections.stream().map(SectionMastery::sectionTitle).toList();
        long total = sections.stream().mapToLong(SectionMastery::total).sum();
        long mastered = sections.stream().mapToLong(SectionMastery::mastered).sum();
        long fresh = sections.stream().mapToLong(SectionMastery::fresh).sum();
        panel.show(
                Charts.stackedBars(
                        names,
                        List.of(
                                Series.bars(
                                                "New",
                                                sections.stream()
                                                        .map(SectionMastery::fresh)
                                                        .toList())
                                        .withColor("var(--lumo-contrast-20pct)"),
                                Series.bars(
                                                "Learning",
                                                sections.stream()
                                                        .map(SectionMastery::learning)
                                                        .toList())
                                        .withColor("var(--lumo-warning-color)"),
                                Series.bars(
                                                "Review",
                                                sections.stream()
                                                        .map(SectionMastery::review)
                                                        .toList())
                                        .withColor("var(--lumo-primary-color)"),
                                Series.bars(
                                                "Mastered",
                                                sections.stream()
                                                        .map(SectionMastery::mastered)
                                                        .toList())
                                        .withColor("var(--lumo-success-color)"))),
                "%d of %d questions mastered, %d not reviewed yet, across %d sections."
                        .formatted(mastered, total, fresh, sections.size()),
                List.of("Section", "New", "Learning", "Review", "Mastered"),
                sections.stream()
                        .map(section -> List.of(
                                section.sectionTitle(),
                                Long.toString(section.fresh()),
                                Long.toString(section.learning()),
                                Long.toString(section.review()),
                                Long.toString(section.mastered())))
                        .toList());
        return panel;
    }

    ChartWithTable heatmap() {
        ChartWithTable panel = new ChartWithTable("Reviews in the last year", "heatmap-chart");
        List<DayActivity> days = dashboard.lastYear();
        long reviews = days.stream().mapToLong(DayActivity::reviews).sum();
        long max = days.stream().mapToLong(DayActivity::reviews).max().orElse(0);
        String busiest = days.stream()
                .max(Comparator.comparingLong(DayActivity::reviews))
                .map(day -> " The busiest day was %s with %d.".formatted(DAY.format(day.day()), day.reviews()))
                .orElse("");
        Map<YearMonth, long[]> months = new TreeMap<>(Comparator.reverseOrder());
        for (DayActivity day : days) {
            long[] counts = months.computeIfAbsent(YearMonth.from(day.day()), month -> new long[2]);
            counts[0] += day.reviews();
            counts[1]++;
        }
        panel.show(
                Charts.calendarHeatmap(
                        dashboard.firstHeatmapDay(),
                        dashboard.today(),
                        Series.calendarHeatmap(
                                "Reviews",
                                days.stream()
                                        .map(day -> new DatedValue(day.day(), day.reviews()))
                                        .toList()),
                        max),
                "%d reviews on %d days in the last year.%s".formatted(reviews, days.size(), busiest),
                List.of("Month", "Reviews", "Days studied"),
                months.entrySet().stream()
                        .map(month -> List.of(
                                MONTH.format(month.getKey()),
                                Long.toString(month.getValue()[0]),
                                Long.toString(month.getValue()[1])))
                        .toList());
        return panel;
    }

    ChartWithTable forecast() {
        ChartWithTable panel = new ChartWithTable("Due in the next 30 days", "forecast-chart");
        List<DueDay> days = dashboard.dueForecast();
        long total = days.stream().mapToLong(DueDay::cards).sum();
        long today = days.getFirst().cards();
        panel.show(
                Charts.datedBars(
                        Series.datedBars(
                                        "Reviews due",
                                        days.stream()
                                                .map(day -> new DatedValue(day.day(), day.cards()))
                                                .toList())
                                .withColor("var(--lumo-primary-color)"),
                        Axis.count()),
                "%d %s due today (overdue included), %d in the next 30 days."
                        .formatted(today, today == 1 ? "review" : "reviews", total),
                List.of("Day", "Reviews due"),
                days.stream()
                        .filter(day -> day.cards() > 0)
                        .map(day -> List.of(DAY.format(day.day()), Long.toString(day.cards())))
                        .toList());
        return panel;
    }

    ChartWithTable retention() {
        ChartWithTable panel = new ChartWithTable("True retention by month", "retention-chart");
        List<MonthlyRetention> months = dashboard.retentionByMonth();
        double target = Math.round(dashboard.targetRetention() * 1000) / 10.0;
        List<DatedValue> actual = months.stream()
                .map(month -> new DatedValue(month.month().atDay(1), percent(month.retention())))
                .toList();
        List<DatedValue> targetLine = new ArrayList<>();
        if (!months.isEmpty()) {
            targetLine.add(new DatedValue(months.getFirst().month().atDay(1), target));
            targetLine.add(new DatedValue(months.getLast().month().atDay(1), target));
        }
        String summary = months.isEmpty()
                ? "No reviews of cards in review state yet; your target is %s%%.".formatted(format(target))
                : "%s%% of reviews recalled in %s against a target of %s%%."
                        .formatted(
                                format(percent(months.getLast().retention())),
                                MONTH.format(months.getLast().month()),
                                format(target));
        panel.show(
                Charts.datedLines(
                        List.of(
                                Series.datedLine("True retention", actual).withColor("var(--lumo-primary-color)"),
                                Series.datedLine("Target", targetLine)
                                        .withColor("var(--lumo-success-color)")
                                        .dashed()),
                        Axis.value().withRange(lowest(months, target), 100.0).withLabel("{value}%")),
                summary,
                List.of("Month", "Reviews", "Recalled", "Retention", "Target"),
                months.reversed().stream()
                        .map(month -> List.of(
                                MONTH.format(month.month()),
                                Long.toString(month.reviews()),
                                Long.toString(month.recalled()),
                                format(percent(month.retention())) + "%",
                                format(target) + "%"))
                        .toList());
        return panel;
    }

    ChartWithTable time() {
        ChartWithTable panel = new ChartWithTable("Time spent per day", "time-chart");
        List<DayActivity> days = dashboard.recentDays(TIME_DAYS);
        long totalMs = days.stream().mapToLong(DayActivity::durationMs).sum();
        long studied = days.stream().filter(day -> day.reviews() > 0).count();
        panel.show(
                Charts.datedBars(
                        Series.datedBars(
                                        "Minutes",
                                        days.stream()
                                                .map(day -> new DatedValue(day.day(), minutes(day.durationMs())))
                                                .toList())
                                .withColor("var(--lumo-success-color)"),
                        Axis.value().withLabel("{value} min")),
                "%s minutes over the last 30 days, on %d %s."
                        .formatted(format(minutes(totalMs)), studied, studied == 1 ? "day" : "days"),
                List.of("Day", "Minutes", "Reviews"),
                days.reversed().stream()
                        .filter(day -> day.reviews() > 0)
                        .map(day -> List.of(
                                DAY.format(day.day()), format(minutes(day.durationMs())), Long.toString(day.reviews())))
                        .toList());
        return panel;
    }

    /** Each active plan's forecast, following the plan, day by day up to its interview date. */
    ChartWithTable readiness(List<PlanReadiness> forecasts) {
        ChartWithTable panel = new ChartWithTable("Readiness for your interviews", "readiness-chart");
        List<Series> lines = forecasts.stream()
                .map(forecast -> Series.datedLine(
                        forecast.planName(),
                        forecast.curve().stream()
                                .map(day -> new DatedValue(day.day(), percent(day.followingPlan())))
                                .toList()))
                .toList();
        String summary = forecasts.stream()
                        .map(forecast -> "%s: %s%% ready on %s if you follow the plan"
                                .formatted(
                                        forecast.planName(),
                                        format(percent(forecast.followingPlan())),
                                        DAY.format(forecast.interviewDate())))
                        .collect(Collectors.joining("; "))
                + ".";
        List<String> headers = new ArrayList<>(List.of("Day"));
        forecasts.forEach(forecast -> headers.add(forecast.planName()));
        SortedSet<LocalDate> days = forecasts.stream()
                .flatMap(forecast -> forecast.curve().stream())
                .map(ReadinessPoint::day)
                .collect(Collectors.toCollection(TreeSet::new));
        List<List<String>> rows = days.stream()
                .map(day -> {
                    List<String> row = new ArrayList<>(List.of(DAY.format(day)));
                    forecasts.forEach(forecast -> row.add(forecast.curve().stream()
                            .filter(point -> point.day().equals(day))
                            .findFirst()
                            .map(point -> format(percent(point.followingPlan())) + "%")
                            .orElse("")));
                    return row;
                })
                .toList();
        panel.show(
                Charts.datedLines(lines, Axis.value().withRange(0.0, 100.0).withLabel("{value}%")),
                summary,
                headers,
                rows);
        return panel;
    }

    /** Retention lives near the target: start the axis 10 points below the lowest value, not at 0. */
    private static double lowest(List<MonthlyRetention> months, double target) {
        double lowest = months.stream()
                .mapToDouble(month -> percent(month.retention()))
                .min()
                .orElse(target);
        return Math.max(0, Math.floor(Math.min(lowest, target) / 10) * 10 - 10);
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    private static double minutes(long ms) {
        return Math.round(ms / 6000.0) / 10.0;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ENGLISH, "%.1f", value);
    }
}
