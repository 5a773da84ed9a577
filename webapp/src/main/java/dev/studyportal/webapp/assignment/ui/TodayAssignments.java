package dev.studyportal.webapp.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.assignment.AssignmentState;
import dev.studyportal.core.assignment.MyAssignment;
import dev.studyportal.core.assignment.NoSuchAssignmentException;
import dev.studyportal.core.plan.NoSuchPlanException;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.PlanSummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A member's assignments on Today: each with its due day and where they stand, and a way to add it to one of
 * their plans (or take it out). Invisible for someone with no assignments.
 */
public class TodayAssignments extends VerticalLayout {

    final VerticalLayout list = new VerticalLayout();

    private final AssignmentService assignments;
    private final PlanService plans;
    private final String username;

    public TodayAssignments(AssignmentService assignments, PlanService plans, String username) {
        this.assignments = assignments;
        this.plans = plans;
        this.username = username;
        addClassName("today-assignments");
        setPadding(false);
        list.setPadding(false);
        list.setSpacing(false);
        add(new H2("Your assignments"), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<MyAssignment> mine = assignments.mine(username);
        setVisible(!mine.isEmpty());
        List<PlanSummary> open =
                plans.plans(username).stream().filter(plan -> !plan.archived()).toList();
        Map<Long, String> planNames = open.stream().collect(Collectors.toMap(PlanSummary::id, PlanSummary::name));
        for (MyAssignment assignment : mine) {
            list.add(line(assignment, open, planNames));
        }
    }

    private Div line(MyAssignment assignment, List<PlanSummary> open, Map<Long, String> planNames) {
        Div line = new Div();
        line.addClassName("assignment-today");
        Span state = new Span(StatusCell.state(assignment.state(), assignment.counting(), assignment.questions()));
        state.getElement().getThemeList().add("badge" + badge(assignment.state()));
        Paragraph text = new Paragraph("%s (%s): due %s, end of the day in %s. "
                .formatted(
                        assignment.setName(),
                        assignment.cohortName(),
                        CohortAssignmentsPanel.DAY.format(assignment.dueDate()),
                        assignment.zone().getId()));
        text.add(state);
        line.add(text);
        if (assignment.note() != null) {
            line.add(new Paragraph(assignment.note()));
        }
        HorizontalLayout planActions = new HorizontalLayout();
        planActions.setAlignItems(Alignment.BASELINE);
        for (long planId : assignment.planIds()) {
            if (planNames.containsKey(planId)) {
                Button remove = new Button(
                        "Take out of " + planNames.get(planId),
                        click -> act(() -> assignments.removeFromPlan(username, assignment.id(), planId)));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                planActions.add(new Span("In your plan " + planNames.get(planId) + "."), remove);
            }
        }
        List<PlanSummary> others = open.stream()
                .filter(plan -> !assignment.planIds().contains(plan.id()))
                .toList();
        if (!others.isEmpty() && !assignment.state().isDone()) {
            Select<PlanSummary> plan = new Select<>();
            plan.setItems(others);
            plan.setItemLabelGenerator(PlanSummary::name);
            plan.setPlaceholder("Add to a plan");
            plan.setAriaLabel("Add " + assignment.setName() + " to a plan");
            plan.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    act(() -> assignments.addToPlan(
                            username, assignment.id(), change.getValue().id()));
                }
            });
            planActions.add(plan);
        }
        line.add(planActions);
        return line;
    }

    private static String badge(AssignmentState state) {
        return switch (state) {
            case DONE, DONE_LATE -> " success";
            case OVERDUE -> " error";
            case IN_PROGRESS, NOT_STARTED -> "";
        };
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (NoSuchAssignmentException | NoSuchPlanException gone) {
            Notification.show("That assignment or plan is gone; the list is up to date again.");
        }
        refresh();
    }
}
