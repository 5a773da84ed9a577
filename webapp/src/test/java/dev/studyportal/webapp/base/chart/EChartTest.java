package dev.studyportal.webapp.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.webapp.base.chart.ChartOption.Axis;
import dev.studyportal.webapp.base.chart.ChartOption.DatedValue;
import dev.studyportal.webapp.base.chart.ChartOption.Series;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void a_line_of_dated_values_reaches_echarts_as_date_value_pairs_on_a_time_axis() {
        EChart chart = new EChart();
        chart.show(
                Charts.datedLines(
                        List.of(Series.datedLine(
                                        "Readiness",
                                        List.of(new DatedValue(DAY, 40), new DatedValue(DAY.plusDays(1), 55.5)))
                                .withColor("var(--lumo-primary-color)")),
                        Axis.value().withRange(0.0, 100.0).withLabel("{value}%")),
                "Readiness rises from 40% to 56%.");

        JsonNode sent = JsonMapper.builder().build().readTree(chart.getElement().getProperty("option"));

        assertThat(sent.at("/xAxis/type").asString()).isEqualTo("time");
        assertThat(sent.at("/yAxis/max").asDouble()).isEqualTo(100.0);
        assertThat(sent.at("/yAxis/axisLabel/formatter").asString()).isEqualTo("{value}%");
        assertThat(sent.at("/series/0/type").asString()).isEqualTo("line");
        assertThat(sent.at("/series/0/data/1/0").asString()).isEqualTo("2026-12-08");
        assertThat(sent.at("/series/0/data/1/1").asDouble()).isEqualTo(55.5);
        assertThat(sent.at("/series/0/itemStyle/color").asString()).isEqualTo("var(--lumo-primary-color)");
        assertThat(sent.at("/aria/label/description").asString()).isEqualTo("Readiness rises from 40% to 56%.");
        assertThat(sent.has("calendar")).as("unset parts are left out").isFalse();
    }

    @Test
    void the_summary_is_the_charts_accessible_name() {
        EChart chart = new EChart();
        chart.show(
                Charts.datedBars(Series.datedBars("Due", List.of(new DatedValue(DAY, 3))), Axis.count()),
                "3 reviews due today.");

        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("3 reviews due today.");
        assertThat(chart.getOption()).isPresent();
    }

    @Test
    void stacked_bars_share_one_stack_and_keep_the_category_order() {
        ChartOption option = Charts.stackedBars(
                List.of("Maths", "Theory"),
                List.of(Series.bars("New", List.of(3, 1)), Series.bars("Mastered", List.of(0, 2))));

        assertThat(option.series()).extracting(Series::stack).containsOnly("total");
        assertThat(option.yAxis().data()).containsExactly("Maths", "Theory");
        assertThat(option.yAxis().inverse()).isTrue();
    }
}
