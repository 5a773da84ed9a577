package dev.studyportal.webapp.base.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Apache ECharts from a typed {@link ChartOption}. It fills its width,
 * redraws when its container resizes and when the page turns light or dark, and takes its colours from
 * Lumo. Every chart carries a one-sentence summary as its accessible name; the view puts the numbers
 * themselves in a table beside it (see {@link ChartWithTable}).
 */
@Tag("study-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./charts/study-chart.js")
public class EChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private @Nullable ChartOption option;
    private String summary = "";

    public EChart() {
        addClassName("chart");
        // The summary is the chart's text for screen readers; what ECharts draws inside is decoration.
        getElement().setAttribute("role", "img");
        setWidthFull();
    }

    /** Draws {@code option}; {@code summary} says in one sentence what the chart shows. */
    public void show(ChartOption option, String summary) {
        this.option = Objects.requireNonNull(option, "option");
        this.summary = Objects.requireNonNull(summary, "summary");
        getElement().setAttribute("aria-label", summary);
        getElement().setProperty("option", JSON.writeValueAsString(new Drawn(option, new Aria(summary))));
    }

    public Optional<ChartOption> getOption() {
        return Optional.ofNullable(option);
    }

    public String getSummary() {
        return summary;
    }

    /** The option as sent, with ECharts' own accessibility description. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Drawn(@JsonUnwrapped ChartOption option, Aria aria) {}

    record Aria(boolean enabled, Label label) {
        Aria(String description) {
            this(true, new Label(description));
        }

        record Label(String description) {}
    }
}
