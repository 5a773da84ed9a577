package dev.studyportal.webapp.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.dashboard.Dashboard;
import dev.studyportal.core.dashboard.DashboardService;
import dev.studyportal.core.dashboard.Streak;
import dev.studyportal.core.plan.PlanReadiness;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.webapp.base.chart.ChartWithTable;
import dev.studyportal.webapp.security.CurrentLearner;
import dev.studyportal.webapp.study.ui.StudyNavigation;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The signed-in learner's own progress: streak, readiness for each plan's interview, mastery per section, a
 * year of reviews, what falls due, true retention against the target, and time spent. Each chart has its numbers in a table under it.
 */
@Route("dashboard")
@PageTitle("Dashboard · Study Portal")
@Menu(title = "Dashboard", order = 4, icon = "vaadin:chart")
@PermitAll
class DashboardView extends VerticalLayout {

    final Div emptyState = new Div();
    final Div figures = new Div();
    final ChartWithTable mastery;
    final ChartWithTable heatmap;
    final ChartWithTable forecast;
    final ChartWithTable retention;
    final ChartWithTable time;
    final ChartWithTable readiness;

    DashboardView(DashboardService dashboards, PlanService plans, CurrentLearner learner) {
        addClassName("dashboard");
        Dashboard dashboard = dashboards.dashboard(learner.username());
        List<PlanReadiness> forecasts = plans.plans(learner.username()).stream()
                .filter(plan -> !plan.archived() && plan.interviewDate() != null)
                .flatMap(plan -> plans.readiness(learner.username(), plan.id()).stream())
                .toList();
        DashboardPanels panels = new DashboardPanels(dashboard);
        mastery = panels.mastery();
        heatmap = panels.heatmap();
        forecast = panels.forecast();
        retention = panels.retention();
        time = panels.time();
        readiness = panels.readiness(forecasts);

        add(new H1("Dashboard"));
        if (dashboard.isEmpty()) {
            emptyState.addClassName("notice");
            emptyState.add(
                    new Paragraph("No reviews yet — start with Today's questions. Your streak, reviews and "
                            + "progress per section appear here after your first rating."),
                    StudyNavigation.linkToToday("Go to Today's questions"));
            add(emptyState, mastery);
            return;
        }
        Streak streak = dashboard.streak();
        figures.addClassName("dashboard-figures");
        figures.add(
                figure(streak.current() + (streak.current() == 1 ? " day" : " days"), "current streak"),
                figure(streak.longest() + (streak.longest() == 1 ? " day" : " days"), "longest streak"),
                figure(Long.toString(dashboard.totalReviews()), dashboard.totalReviews() == 1 ? "review" : "reviews"));
        Paragraph streakRule = new Paragraph(streakSentence(streak) + " A day counts when you rate at least one "
                + "question between midnight and midnight in your time zone ("
                + dashboard.zone().getId() + ").");
        streakRule.addClassName("streak-rule");
        add(figures, streakRule);
        if (!forecasts.isEmpty()) {
            add(readiness);
        }
        for (ChartWithTable panel : List.of(mastery, heatmap, forecast, retention, time)) {
            add(panel);
        }
    }

    private static String streakSentence(Streak streak) {
        if (streak.current() == 0) {
            return "No streak running: rate a question today to start one.";
        }
        return streak.doneToday() ? "You have studied today." : "Rate a question before midnight to keep your streak.";
    }

    private static Div figure(String value, String label) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div figure = new Div(number, caption);
        figure.addClassName("figure");
        return figure;
    }
}
