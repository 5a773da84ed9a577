package dev.studyportal.webapp.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.plan.NoSuchPlanException;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.PlanSummary;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A learner's study plans: make one, change it, archive it, delete it, or open its readiness. */
@Route("plans")
@PageTitle("Study plans · Study Portal")
@Menu(title = "Plans", order = 3, icon = "vaadin:flag-checkered")
@PermitAll
class PlansView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    final Button create = new Button("New plan", VaadinIcon.PLUS.create());
    final Paragraph empty = new Paragraph("No plans yet. A plan picks the pages, sections or tags you want to "
            + "study, and when your interview is; until you make one, Today serves the whole bank.");
    final Grid<PlanSummary> grid = new Grid<>(PlanSummary.class, false);

    private final PlanService plans;
    private final String username;
    private final LocalDate today;
    /** The form last opened, for tests to fill in. */
    @Nullable
    PlanDialog dialog;

    PlansView(PlanService plans, ReviewService reviews, CurrentLearner learner, Clock clock) {
        this.plans = plans;
        this.username = learner.username();
        this.today = clock.instant().atZone(reviews.timeZone(username)).toLocalDate();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> open(null));

        grid.addComponentColumn(plan -> {
                    Anchor link = new Anchor(PlanNavigation.planAddress(plan.id()), plan.name());
                    link.addClassName("plan-name");
                    return link;
                })
                .setHeader("Plan")
                .setFlexGrow(2);
        grid.addColumn(plan -> plan.interviewDate() == null ? "—" : DAY.format(plan.interviewDate()))
                .setHeader("Interview");
        grid.addColumn(plan -> "%d (%d new)".formatted(plan.questions(), plan.newLeft()))
                .setHeader("Questions");
        grid.addColumn(plan -> plan.archived() ? "Archived" : plan.pace())
                .setHeader("Pace")
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        add(new H1("Study plans"), create, empty, grid);
        refresh();
    }

    private HorizontalLayout actions(PlanSummary plan) {
        Button edit = new Button("Edit", click -> open(plan));
        Button archive = new Button(plan.archived() ? "Restore" : "Archive", click -> {
            act(() -> {
                if (plan.archived()) {
                    plans.restore(username, plan.id());
                } else {
                    plans.archive(username, plan.id());
                }
            });
        });
        Button delete = new Button("Delete", click -> confirmDelete(plan));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(edit, archive, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("aria-label", button.getText() + " " + plan.name());
        }
        return new HorizontalLayout(edit, archive, delete);
    }

    private void confirmDelete(PlanSummary plan) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete " + plan.name() + "?",
                "The plan goes; your reviews of its questions stay with the questions.",
                "Delete",
                event -> act(() -> plans.delete(username, plan.id())));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (NoSuchPlanException e) {
            Notification.show("No such plan: it may have been deleted in another window.");
        }
        refresh();
    }

    void open(@Nullable PlanSummary existing) {
        PlanDialog form = new PlanDialog(plans, username, existing, today, id -> {
            Notification.show("Plan saved.");
            refresh();
        });
        dialog = form;
        form.open();
    }

    private void refresh() {
        List<PlanSummary> mine = plans.plans(username);
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }
}
