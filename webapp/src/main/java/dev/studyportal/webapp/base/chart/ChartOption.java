package dev.studyportal.webapp.base.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link EChart} draws: the small part of Apache ECharts' option that the portal uses, typed, and
 * serialised field by field into the JSON ECharts reads (names follow ECharts' own). Colours may be Lumo
 * custom properties such as {@code "var(--lumo-primary-color)"}: the browser resolves them for the current
 * theme. {@link Charts} builds the common shapes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOption(
        @Nullable Tooltip tooltip,
        @Nullable Legend legend,
        @Nullable Grid grid,
        @Nullable Axis xAxis,
        @Nullable Axis yAxis,
        @Nullable Calendar calendar,
        @Nullable VisualMap visualMap,
        @Nullable List<String> color,
        List<Series> series) {

    public ChartOption {
        series = List.copyOf(series);
        color = color == null ? null : List.copyOf(color);
    }

    public ChartOption withGrid(Grid grid) {
        return new ChartOption(tooltip, legend, grid, xAxis, yAxis, calendar, visualMap, color, series);
    }

    public ChartOption withLegend(@Nullable Legend legend) {
        return new ChartOption(tooltip, legend, grid, xAxis, yAxis, calendar, visualMap, color, series);
    }

    /** How a pointer over the chart shows values: per axis position (bars, lines) or per item (heatmap). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tooltip(String trigger) {
        public static Tooltip axis() {
            return new Tooltip("axis");
        }

        public static Tooltip item() {
            return new Tooltip("item");
        }
    }

    /** The series' names, scrolling sideways when they do not fit on a phone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Legend(@Nullable Object top, @Nullable Object bottom, String type) {
        public static Legend below() {
            return new Legend(null, 0, "scroll");
        }

        public static Legend above() {
            return new Legend(0, null, "scroll");
        }
    }

    /** Space around the plot, in pixels or percent, so labels and the legend fit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grid(Object left, Object right, Object top, Object bottom) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(
            String type,
            @Nullable List<String> data,
            @Nullable String name,
            @Nullable Double min,
            @Nullable Double max,
            @Nullable Double minInterval,
            @Nullable Label axisLabel,
            @Nullable Boolean inverse) {

        /** Named categories in the given order (sections, for instance). */
        public static Axis category(List<String> categories) {
            return new Axis("category", List.copyOf(categories), null, null, null, null, null, null);
        }

        /** Dates: series of {@link DatedValue}. */
        public static Axis time() {
            return new Axis("time", null, null, null, null, null, null, null);
        }

        public static Axis value() {
            return new Axis("value", null, null, null, null, null, null, null);
        }

        /** Whole numbers only, for counts. */
        public static Axis count() {
            return new Axis("value", null, null, null, null, 1.0, null, null);
        }

        public Axis withRange(@Nullable Double min, @Nullable Double max) {
            return new Axis(type, data, name, min, max, minInterval, axisLabel, inverse);
        }

        public Axis withName(String name) {
            return new Axis(type, data, name, min, max, minInterval, axisLabel, inverse);
        }

        /** An ECharts label template such as {@code "{value}%"}. */
        public Axis withLabel(String formatter) {
            return new Axis(type, data, name, min, max, minInterval, new Label(formatter), inverse);
        }

        /** First category on top, as a reader expects of a list turned sideways. */
        public Axis inverted() {
            return new Axis(type, data, name, min, max, minInterval, axisLabel, true);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Label(String formatter) {}

    /** A value on a day: serialised as ECharts' {@code ["2026-12-07", 3.0]}. */
    public record DatedValue(LocalDate date, double value) {
        public DatedValue {
            Objects.requireNonNull(date, "date");
        }

        @JsonValue
        List<Object> asPair() {
            return List.of(date.toString(), value);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemStyle(@Nullable String color) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineStyle(@Nullable String type, @Nullable Double width) {}

    /**
     * One series. {@code data} holds numbers for a category axis, {@link DatedValue}s for a time axis or a
     * calendar.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(
            String type,
            @Nullable String name,
            @Nullable String stack,
            List<?> data,
            @Nullable ItemStyle itemStyle,
            @Nullable LineStyle lineStyle,
            @Nullable String coordinateSystem,
            @Nullable Boolean showSymbol,
            @Nullable Object barMaxWidth) {

        public Series {
            data = List.copyOf(data);
        }

        public static Series bars(String name, List<? extends Number> values) {
            return new Series("bar", name, null, values, null, null, null, null, 28);
        }

        public static Series datedBars(String name, List<DatedValue> values) {
            return new Series("bar", name, null, values, null, null, null, null, 12);
        }

        /** A line through dated values: a readiness curve, a retention by month. */
        public static Series datedLine(String name, List<DatedValue> values) {
            return new Series("line", name, null, values, null, null, null, values.size() <= 40, null);
        }

        /** Day cells of a {@link Calendar}, shaded by value. */
        public static Series calendarHeatmap(String name, List<DatedValue> values) {
            return new Series("heatmap", name, null, values, null, null, "calendar", null, null);
        }

        /** Bars of series with the same stack name are drawn on top of each other. */
        public Series stacked(String stack) {
            return new Series(type, name, stack, data, itemStyle, lineStyle, coordinateSystem, showSymbol, barMaxWidth);
        }

        public Series withColor(String color) {
            return new Series(
                    type,
                    name,
                    stack,
                    data,
                    new ItemStyle(color),
                    "line".equals(type) ? new LineStyle(lineStyle == null ? null : lineStyle.type(), null) : lineStyle,
                    coordinateSystem,
                    showSymbol,
                    barMaxWidth);
        }

        public Series dashed() {
            return new Series(
                    type,
                    name,
                    stack,
                    data,
                    itemStyle,
                    new LineStyle("dashed", null),
                    coordinateSystem,
                    false,
                    barMaxWidth);
        }
    }

    /** A year of day cells, weeks as columns. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Calendar(
            List<String> range,
            List<Object> cellSize,
            Object left,
            Object right,
            Object top,
            @Nullable Object bottom,
            CellStyle itemStyle,
            SplitLine splitLine,
            DayLabel dayLabel,
            YearLabel yearLabel) {

        public static Calendar between(LocalDate first, LocalDate last) {
            return new Calendar(
                    List.of(first.toString(), last.toString()),
                    List.of("auto", 13),
                    28,
                    8,
                    24,
                    null,
                    new CellStyle("var(--lumo-contrast-5pct)", "var(--lumo-base-color)", 2),
                    new SplitLine(false),
                    new DayLabel(1, "en", 10),
                    new YearLabel(false));
        }

        /** Empty days, with a gap of the page's own colour between cells. */
        public record CellStyle(String color, String borderColor, int borderWidth) {}

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record SplitLine(boolean show) {}

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record DayLabel(int firstDay, String nameMap, int fontSize) {}

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record YearLabel(boolean show) {}
    }

    /** The scale from value to shade of a heatmap. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VisualMap(
            double min,
            double max,
            String orient,
            Object left,
            Object bottom,
            boolean calculable,
            List<String> text,
            InRange inRange) {

        public static VisualMap shades(double max, String lightest, String darkest) {
            return new VisualMap(
                    0,
                    Math.max(1, max),
                    "horizontal",
                    "center",
                    0,
                    false,
                    List.of("More", "Less"),
                    new InRange(List.of(lightest, darkest)));
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record InRange(List<String> color) {}
    }
}
