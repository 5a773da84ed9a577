package dev.studyportal.webapp.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.cohort.CohortBoard;
import dev.studyportal.core.cohort.CohortDraft;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.InvalidCohortException;
import dev.studyportal.core.cohort.NoSuchCohortException;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/** Makes a cohort, or changes one's name, description and time zone; the service's messages show on their fields. */
class CohortDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description (optional)");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone for due dates");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel", click -> close());

    CohortDialog(
            CohortService cohorts,
            String username,
            @Nullable CohortBoard existing,
            ZoneId defaultZone,
            LongConsumer saved) {
        setHeaderTitle(existing == null ? "New cohort" : "Edit " + existing.name());
        name.setMaxLength(Cohort.NAME_LENGTH + 50);
        name.setWidthFull();
        description.setWidthFull();
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setHelperText("Assignments fall due at midnight in this zone, wherever members are.");
        timeZone.setWidthFull();
        if (existing == null) {
            timeZone.setValue(defaultZone.getId());
        } else {
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            timeZone.setValue(existing.timeZone().getId());
        }
        name.setId("cohort-name");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            CohortDraft draft = new CohortDraft(
                    name.getValue(),
                    description.getValue(),
                    timeZone.getValue() == null ? null : ZoneId.of(timeZone.getValue()));
            try {
                long id;
                if (existing == null) {
                    id = cohorts.create(username, draft);
                } else {
                    cohorts.update(username, existing.id(), draft);
                    id = existing.id();
                }
                close();
                saved.accept(id);
            } catch (InvalidCohortException e) {
                show(e.errors());
            } catch (CohortPermissionException | NoSuchCohortException e) {
                // The rules changed in the meantime: only instructors make cohorts now, or the cohort was archived.
                Notification.show(
                        e instanceof NoSuchCohortException
                                ? "This cohort is no longer yours to change."
                                : e.getMessage());
                close();
            }
        });
        add(new FormLayout(name, description, timeZone));
        getFooter().add(cancel, save);
        setWidth("min(36rem, 95vw)");
    }

    private void show(Map<String, String> errors) {
        mark(name, errors.get("name"));
        description.setInvalid(errors.containsKey("description"));
        description.setErrorMessage(errors.get("description"));
        timeZone.setInvalid(errors.containsKey("timeZone"));
        timeZone.setErrorMessage(errors.get("timeZone"));
    }

    private static void mark(TextField field, @Nullable String error) {
        field.setInvalid(error != null);
        field.setErrorMessage(error);
    }
}
