package dev.studyportal.webapp.assignment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.studyportal.core.assignment.Assignment;
import dev.studyportal.core.assignment.AssignmentDraft;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.assignment.InvalidAssignmentException;
import dev.studyportal.core.assignment.SetOption;
import dev.studyportal.core.cohort.CohortPermissionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Assigns one of the teacher's own sets to the cohort: the set, the due day in the cohort's zone, a note. */
class AssignDialog extends Dialog {

    final ComboBox<SetOption> set = new ComboBox<>("Question set");
    final DatePicker due = new DatePicker("Due on");
    final TextArea note = new TextArea("Note for the members (optional)");
    final Paragraph noSets = new Paragraph(
            "You have no question set with questions yet. Build one on the Sets page," + " then assign it here.");
    final Button assign = new Button("Assign");

    private final AssignmentService assignments;
    private final String username;
    private final long cohortId;
    private final Runnable saved;

    /** @param earliest the earliest day anywhere; the service checks the day against the cohort's own zone */
    AssignDialog(AssignmentService assignments, String username, long cohortId, LocalDate earliest, Runnable saved) {
        this.assignments = assignments;
        this.username = username;
        this.cohortId = cohortId;
        this.saved = saved;
        setHeaderTitle("Assign a question set");
        List<SetOption> options = assignments.assignableSets(username, cohortId);
        set.setItems(options);
        set.setItemLabelGenerator(option -> "%s (%d %s)"
                .formatted(option.name(), option.questions(), option.questions() == 1 ? "question" : "questions"));
        set.setId("assign-set");
        set.setRequiredIndicatorVisible(true);
        due.setId("assign-due");
        due.setMin(earliest);
        due.setRequiredIndicatorVisible(true);
        due.setHelperText("Due at the end of that day in the cohort's time zone.");
        note.setMaxLength(Assignment.NOTE_LENGTH);
        note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        note.setHelperText("Up to " + Assignment.NOTE_LENGTH + " characters.");
        noSets.setVisible(options.isEmpty());
        assign.setEnabled(!options.isEmpty());
        FormLayout form = new FormLayout(set, due, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(note, 2);
        add(noSets, form);
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), assign);
    }

    private void save() {
        for (HasValidation field : new HasValidation[] {set, due, note}) {
            field.setInvalid(false);
        }
        try {
            assignments.assign(
                    username,
                    cohortId,
                    new AssignmentDraft(
                            set.getValue() == null ? null : set.getValue().id(), due.getValue(), note.getValue()));
            close();
            saved.run();
        } catch (InvalidAssignmentException e) {
            Map<String, HasValidation> fields = Map.of("setId", set, "dueDate", due, "note", note);
            e.errors().forEach((field, message) -> show(fields.getOrDefault(field, set), message));
        } catch (CohortPermissionException e) {
            show(set, e.getMessage());
        }
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
