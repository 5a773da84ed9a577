package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.review.PlanToday;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.TodayAgenda;
import dev.studyportal.webapp.assignment.ui.TodayAssignments;
import dev.studyportal.webapp.plan.ui.PlanNavigation;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;

/** Where a learner lands: what is due today across their plans (or the whole bank), and the way into the review. */
@Route("")
@PageTitle("Today · Study Portal")
@Menu(title = "Today", order = 0, icon = "vaadin:calendar")
@PermitAll
class TodayView extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final VerticalLayout plans = new VerticalLayout();
    final Button start = new Button("Start review", click -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class)));

    TodayView(
            ContentService content,
            ReviewService reviews,
            AssignmentService assignments,
            PlanService planService,
            CurrentLearner learner) {
        String username = learner.username();
        TodayAgenda agenda = reviews.agenda(username);
        if (content.totals().questions() == 0) {
            summary.setText("The question bank is empty. An administrator can import it from the docs folder.");
        } else if (agenda.isDone()) {
            summary.setText(
                    agenda.reviewedToday() > 0
                            ? "All done for today: %d reviewed. Browse the library, or come back tomorrow."
                                    .formatted(agenda.reviewedToday())
                            : "Nothing is due right now. Browse the library, or come back later.");
        } else {
            summary.setText("Today: %d %s due and %d new %s to learn."
                    .formatted(
                            agenda.dueNow(),
                            agenda.dueNow() == 1 ? "review" : "reviews",
                            agenda.newToday(),
                            agenda.newToday() == 1 ? "question" : "questions"));
        }
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(!agenda.isDone());
        Button library = new Button("Open the library", click -> StudyNavigation.toLibrary());
        add(new H1("Welcome, " + username), summary, new HorizontalLayout(start, library));
        showPlans(agenda);
        add(new TodayAssignments(assignments, planService, username));
    }

    /** Each active plan's share, counted within the totals above, with a way into reviewing it alone. */
    private void showPlans(TodayAgenda agenda) {
        plans.setPadding(false);
        plans.setSpacing(false);
        if (agenda.plans().isEmpty()) {
            plans.add(new Paragraph(
                    new Text("Today serves the whole bank. "),
                    new Anchor("plans", "Make a study plan"),
                    new Text(" to focus on what your interview needs.")));
        } else {
            plans.add(new H2("Your plans today"));
            for (PlanToday plan : agenda.plans()) {
                Paragraph line = new Paragraph("%s: %d %s due, %d new. "
                        .formatted(
                                plan.name(),
                                plan.dueNow(),
                                plan.dueNow() == 1 ? "review" : "reviews",
                                plan.newToday()));
                line.addClassName("plan-today");
                Anchor only =
                        new Anchor("review?" + PlanNavigation.PLAN + "=" + plan.planId(), "Review this plan only");
                only.getElement().setAttribute("aria-label", "Review " + plan.name() + " only");
                line.add(only);
                plans.add(line);
            }
            plans.add(new Paragraph("A question in two plans counts once in the totals."));
        }
        add(plans);
    }
}
