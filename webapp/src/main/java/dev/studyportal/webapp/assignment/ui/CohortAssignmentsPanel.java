package dev.studyportal.webapp.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.assignment.AssignmentSummary;
import dev.studyportal.core.assignment.ClassAnalyticsService;
import dev.studyportal.core.assignment.MemberProgress;
import dev.studyportal.core.assignment.NoSuchAssignmentException;
import dev.studyportal.core.cohort.CohortPermissionException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The assignments section of a cohort's page, self-contained so that the cohort view only places it:
 * {@code new CohortAssignmentsPanel(assignments, analytics, username, cohortId, clock)}. Owners and instructors
 * assign their sets, extend and withdraw, and open each assignment's analytics; members see where they stand.
 * It asks the services who may do what; the buttons only follow their answer.
 */
public class CohortAssignmentsPanel extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    final Grid<AssignmentSummary> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Button assign = new Button("Assign a set");

    private final AssignmentService assignments;
    private final ClassAnalyticsService analytics;
    private final String username;
    private final long cohortId;
    private final Clock clock;
    private final boolean teaches;

    public CohortAssignmentsPanel(
            AssignmentService assignments,
            ClassAnalyticsService analytics,
            String username,
            long cohortId,
            Clock clock) {
        this.assignments = assignments;
        this.analytics = analytics;
        this.username = username;
        this.cohortId = cohortId;
        this.clock = clock;
        this.teaches = analytics.teaches(username, cohortId);
        addClassName("cohort-assignments");
        setPadding(false);
        // As wide as the page, so that names, dates and notes wrap in their cells rather than end in "…".
        setWidthFull();
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(click -> new AssignDialog(
                        assignments,
                        username,
                        cohortId,
                        clock.instant().atZone(ZoneId.of("Etc/GMT+12")).toLocalDate(),
                        this::refresh)
                .open());
        assign.setVisible(teaches);

        grid.addColumn(AssignmentSummary::setName)
                .setHeader("Set")
                .setWidth("9rem")
                .setFlexGrow(2);
        grid.addColumn(assignment -> DAY.format(assignment.dueDate()) + " ("
                        + assignment.zone().getId() + ")")
                .setHeader("Due")
                .setFlexGrow(2);
        grid.addColumn(AssignmentSummary::questions)
                .setHeader("Questions")
                .setFlexGrow(0)
                .setAutoWidth(true);
        if (teaches) {
            grid.addColumn(CohortAssignmentsPanel::completion)
                    .setHeader("Class")
                    .setFlexGrow(2);
            grid.addComponentColumn(this::actions)
                    .setHeader("Actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        } else {
            grid.addColumn(this::own).setHeader("You").setFlexGrow(2);
        }
        grid.addColumn(assignment -> assignment.note() == null ? "" : assignment.note())
                .setHeader("Note")
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        HorizontalLayout heading = new HorizontalLayout(new H2("Assignments"), assign);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        add(heading, empty, grid);
        refresh();
    }

    void refresh() {
        List<AssignmentSummary> all = assignments.assignments(username, cohortId);
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        empty.setText(
                teaches
                        ? "Nothing assigned yet. Assign one of your question sets with a due date."
                        : "Nothing assigned yet.");
    }

    private static String completion(AssignmentSummary assignment) {
        AssignmentSummary.Completion completion = assignment.completion();
        if (completion == null) {
            return "";
        }
        String text = "%d of %d done".formatted(completion.done() + completion.doneLate(), completion.members());
        if (completion.doneLate() > 0) {
            text += " (%d late)".formatted(completion.doneLate());
        }
        if (completion.overdue() > 0) {
            text += ", %d overdue".formatted(completion.overdue());
        }
        if (completion.behind() > 0) {
            text += ", %d behind".formatted(completion.behind());
        }
        return text;
    }

    private String own(AssignmentSummary assignment) {
        try {
            MemberProgress mine = analytics.ownProgress(username, cohortId, assignment.id());
            return StatusCell.state(
                    mine.state(), mine.counts().counting(), mine.counts().questions());
        } catch (NoSuchAssignmentException withdrawn) {
            return "";
        }
    }

    private HorizontalLayout actions(AssignmentSummary assignment) {
        Anchor open = new Anchor(AssignmentNavigation.analyticsAddress(cohortId, assignment.id()), "Progress");
        open.getElement().setAttribute("aria-label", "Progress on " + assignment.setName());
        Button extend = new Button(
                "Extend",
                click -> new ExtendDialog(
                                assignments,
                                username,
                                assignment,
                                LocalDate.ofInstant(clock.instant(), assignment.zone()),
                                this::refresh)
                        .open());
        Button withdraw = new Button("Withdraw", click -> confirmWithdraw(assignment));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(extend, withdraw)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("aria-label", button.getText() + " " + assignment.setName());
        }
        HorizontalLayout actions = new HorizontalLayout(open, extend, withdraw);
        actions.setAlignItems(Alignment.BASELINE);
        return actions;
    }

    private void confirmWithdraw(AssignmentSummary assignment) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Withdraw " + assignment.setName() + "?",
                "Members no longer see it and it leaves their plans; their reviews stay theirs.",
                "Withdraw",
                event -> {
                    try {
                        assignments.withdraw(username, cohortId, assignment.id());
                    } catch (NoSuchAssignmentException | CohortPermissionException e) {
                        Notification.show(
                                e instanceof NoSuchAssignmentException
                                        ? "It was withdrawn already, in another window."
                                        : e.getMessage());
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
