package dev.studyportal.webapp.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.assignment.AssignmentSummary;
import dev.studyportal.core.assignment.InvalidAssignmentException;
import dev.studyportal.core.assignment.NoSuchAssignmentException;
import dev.studyportal.core.cohort.CohortPermissionException;
import java.time.LocalDate;

/** Moves an assignment's due day later: never before today in the cohort's zone, nor before the current day. */
class ExtendDialog extends Dialog {

    final DatePicker due = new DatePicker("New due day");
    final Button extend = new Button("Extend");

    ExtendDialog(
            AssignmentService assignments,
            String username,
            AssignmentSummary assignment,
            LocalDate today,
            Runnable saved) {
        setHeaderTitle("Extend " + assignment.setName());
        LocalDate earliest = assignment.dueDate().isAfter(today) ? assignment.dueDate() : today;
        due.setMin(earliest);
        due.setValue(earliest.plusDays(7));
        due.setHelperText("Due at the end of that day in the cohort's time zone, "
                + assignment.zone().getId() + ".");
        add(due);
        extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        extend.addClickListener(click -> {
            try {
                assignments.extend(username, assignment.cohortId(), assignment.id(), due.getValue());
                close();
                saved.run();
            } catch (InvalidAssignmentException e) {
                due.setErrorMessage(e.errors().getOrDefault("dueDate", e.getMessage()));
                due.setInvalid(true);
            } catch (NoSuchAssignmentException | CohortPermissionException e) {
                due.setErrorMessage(
                        e instanceof NoSuchAssignmentException
                                ? "This assignment was withdrawn in the meantime."
                                : e.getMessage());
                due.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), extend);
    }
}
