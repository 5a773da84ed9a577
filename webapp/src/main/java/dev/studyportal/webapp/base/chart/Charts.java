package dev.studyportal.webapp.base.chart;

import dev.studyportal.webapp.base.chart.ChartOption.Axis;
import dev.studyportal.webapp.base.chart.ChartOption.Calendar;
import dev.studyportal.webapp.base.chart.ChartOption.Grid;
import dev.studyportal.webapp.base.chart.ChartOption.Legend;
import dev.studyportal.webapp.base.chart.ChartOption.Series;
import dev.studyportal.webapp.base.chart.ChartOption.Tooltip;
import dev.studyportal.webapp.base.chart.ChartOption.VisualMap;
import java.time.LocalDate;
import java.util.List;

/** The shapes of chart the portal draws, each a {@link ChartOption} ready for {@link EChart#show}. */
public final class Charts {

    private Charts() {}

    /**
     * Lines over dates, one per series (made with {@link Series#datedLine}): for instance a readiness
     * curve per plan, or retention by month against its target.
     */
    public static ChartOption datedLines(List<Series> lines, Axis valueAxis) {
        return new ChartOption(
                Tooltip.axis(),
                Legend.below(),
                new Grid(8, 16, 16, 40),
                Axis.time(),
                valueAxis,
                null,
                null,
                null,
                lines);
    }

    /** Bars on dates (made with {@link Series#datedBars}): reviews due per day, minutes per day. */
    public static ChartOption datedBars(Series bars, Axis valueAxis) {
        return new ChartOption(
                Tooltip.axis(), null, new Grid(8, 16, 16, 24), Axis.time(), valueAxis, null, null, null, List.of(bars));
    }

    /** One bar per category, lying down, with the series stacked along it: parts of a whole. */
    public static ChartOption stackedBars(List<String> categories, List<Series> stacks) {
        return new ChartOption(
                Tooltip.axis(),
                Legend.above(),
                new Grid(8, 16, 32, 8),
                Axis.count(),
                Axis.category(categories).inverted(),
                null,
                null,
                null,
                stacks.stream().map(series -> series.stacked("total")).toList());
    }

    /** Day cells from {@code first} to {@code last}, shaded from none to {@code max}. */
    public static ChartOption calendarHeatmap(LocalDate first, LocalDate last, Series days, double max) {
        return new ChartOption(
                Tooltip.item(),
                null,
                null,
                null,
                null,
                Calendar.between(first, last),
                VisualMap.shades(max, "var(--lumo-primary-color-10pct)", "var(--lumo-primary-color)"),
                null,
                List.of(days));
    }
}
