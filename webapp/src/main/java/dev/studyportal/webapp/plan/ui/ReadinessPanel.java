package dev.studyportal.webapp.plan.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.studyportal.core.plan.PlanReadiness;
import dev.studyportal.core.plan.PlanSummary;
import dev.studyportal.core.plan.QuestionReadiness;
import dev.studyportal.core.plan.ReadinessPoint;
import dev.studyportal.core.plan.TargetEffort;
import dev.studyportal.webapp.base.chart.ChartOption;
import dev.studyportal.webapp.base.chart.ChartOption.Axis;
import dev.studyportal.webapp.base.chart.ChartOption.DatedValue;
import dev.studyportal.webapp.base.chart.ChartOption.Series;
import dev.studyportal.webapp.base.chart.Charts;
import dev.studyportal.webapp.base.chart.EChart;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Readiness on the interview date in words, a chart and tables, so that it reads aloud as well as it looks:
 * the figure both ways, what reaching the target takes, the day-by-day curve (drawn, and as a table under a
 * disclosure) and the weakest questions.
 */
class ReadinessPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    final Paragraph headline = new Paragraph();
    final Paragraph target = new Paragraph();
    final Paragraph method = new Paragraph("How this is worked out: each question's chance of recall on the date "
            + "comes from its memory stability (FSRS, the scheduler behind your reviews), first as if you stopped "
            + "reviewing now, then as if you took every review when it falls due and answered Good, and learned the "
            + "plan's new questions at its pace. Questions not yet learned count as 0. It is a forecast: it cannot "
            + "know how well you will actually answer.");
    final EChart chart = new EChart();
    final Grid<ReadinessPoint> curve = new Grid<>(ReadinessPoint.class, false);
    final Details curveAsTable = new Details("Day by day as a table", curve);
    final Grid<QuestionReadiness> weakest = new Grid<>(QuestionReadiness.class, false);
    final H3 weakestTitle = new H3("Weakest on the day");

    ReadinessPanel() {
        setPadding(false);
        headline.addClassName("readiness-headline");
        curve.addColumn(point -> DAY.format(point.day())).setHeader("Day");
        curve.addColumn(point -> percent(point.followingPlan())).setHeader("Following the plan");
        curve.addColumn(point -> percent(point.withoutReviews())).setHeader("If you stop reviewing now");
        curve.setAllRowsVisible(true);
        curve.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        curve.setAriaLabel("Readiness day by day up to the interview");
        weakest.addComponentColumn(question -> new Anchor("question/" + question.questionId(), question.title()))
                .setHeader("Question")
                .setFlexGrow(3);
        weakest.addColumn(question -> percent(question.followingPlan())).setHeader("Following the plan");
        weakest.addColumn(question -> percent(question.withoutReviews())).setHeader("If you stop now");
        weakest.setAllRowsVisible(true);
        weakest.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        weakest.setAriaLabel("The questions least likely to be recalled on the interview date");
        chart.addClassName("readiness-chart");
        add(
                new H2("Readiness"),
                headline,
                target,
                new H3("Day by day"),
                chart,
                curveAsTable,
                weakestTitle,
                weakest,
                method);
    }

    void show(PlanSummary plan, @Nullable PlanReadiness readiness) {
        setVisible(true);
        boolean known = readiness != null;
        target.setVisible(known);
        chart.setVisible(known);
        curveAsTable.setVisible(known);
        boolean anyWeak = readiness != null && !readiness.weakest().isEmpty();
        weakest.setVisible(anyWeak);
        weakestTitle.setVisible(anyWeak);
        method.setVisible(known);
        if (readiness == null) {
            headline.setText(
                    plan.interviewDate() == null
                            ? "Give the plan an interview date to see how ready you will be on the day."
                            : "The interview date has passed.");
            return;
        }
        headline.setText(
                "On %s: %s ready if you follow the plan, %s if you stop reviewing now (%d of %d questions studied)."
                        .formatted(
                                PlansView.DAY.format(readiness.interviewDate()),
                                percent(readiness.followingPlan()),
                                percent(readiness.withoutReviews()),
                                readiness.studied(),
                                readiness.questions()));
        target.setText(effort(readiness));
        curve.setItems(readiness.curve());
        chart.show(curveChart(readiness), headline.getText());
        weakest.setItems(readiness.weakest());
    }

    /** Both forecasts day by day, against the target: the gap between the lines is what reviewing is worth. */
    private static ChartOption curveChart(PlanReadiness readiness) {
        List<ReadinessPoint> days = readiness.curve();
        return Charts.datedLines(
                List.of(
                        Series.datedLine("Following the plan", values(days, ReadinessPoint::followingPlan))
                                .withColor("var(--lumo-primary-color)"),
                        Series.datedLine("If you stop reviewing now", values(days, ReadinessPoint::withoutReviews))
                                .withColor("var(--lumo-error-color)")
                                .dashed(),
                        Series.datedLine("Target", values(days, day -> readiness.target()))
                                .withColor("var(--lumo-success-color)")
                                .dashed()),
                Axis.value().withRange(0.0, 100.0).withLabel("{value}%"));
    }

    private static List<DatedValue> values(List<ReadinessPoint> days, ToDoubleFunction<ReadinessPoint> share) {
        return days.stream()
                .map(day -> new DatedValue(day.day(), Math.round(share.applyAsDouble(day) * 1000) / 10.0))
                .toList();
    }

    private static String effort(PlanReadiness readiness) {
        TargetEffort effort = readiness.effort();
        String answer = "at your median of %d s an answer%s"
                .formatted(
                        readiness.medianAnswer().toSeconds(),
                        readiness.medianMeasured() ? "" : ", assumed until you have rated some questions");
        if (effort.newPerDay() == 0 && effort.reachable()) {
            return "You are on course for your target of %s: keep taking your reviews, about %s a day (%s)."
                    .formatted(percent(readiness.target()), minutes(effort.minutesPerDay()), answer);
        }
        if (effort.reachable()) {
            return "To reach %s: %d new %s a day, about %s a day with reviews (%s)."
                    .formatted(
                            percent(readiness.target()),
                            effort.newPerDay(),
                            effort.newPerDay() == 1 ? "question" : "questions",
                            minutes(effort.minutesPerDay()),
                            answer);
        }
        return "%s is out of reach by then: the most the days left allow is %s, with %d new a day and about %s a day (%s)."
                .formatted(
                        percent(readiness.target()),
                        percent(effort.readiness()),
                        effort.newPerDay(),
                        minutes(effort.minutesPerDay()),
                        answer);
    }

    /** "1 minute", "12 minutes": the demo's learner1 read "about 1 minutes a day". */
    static String minutes(long minutes) {
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
