package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Appearance;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.StudyPreferences;
import java.time.ZoneId;
import java.util.List;

/**
 * How a learner studies: target recall, daily limits, the time zone whose midnight starts their
 * day, and whether pages are light, dark or as their device is set. The service checks the values; a refusal is shown next to its field.
 */
public class StudySettingsDialog extends Dialog {

    final IntegerField retention = new IntegerField("Target recall (%)");
    final IntegerField newPerDay = new IntegerField("New questions a day");
    final IntegerField reviewsPerDay = new IntegerField("Reviews a day at most");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    final RadioButtonGroup<Appearance> appearance = new RadioButtonGroup<>("Appearance");
    final Button save = new Button("Save");

    private final AccountService accounts;
    private final String username;

    public StudySettingsDialog(AccountService accounts, String username) {
        this.accounts = accounts;
        this.username = username;
        setHeaderTitle("Study settings");

        StudyPreferences current = accounts.preferences(username);
        retention.setValue((int) Math.round(current.desiredRetention() * 100));
        retention.setHelperText(
                "How likely you should be to remember a question when it comes back. 90 suits most people; higher means more reviews.");
        retention.setStepButtonsVisible(true);
        newPerDay.setValue(current.dailyNewLimit());
        newPerDay.setStepButtonsVisible(true);
        reviewsPerDay.setValue(current.dailyReviewLimit());
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue(current.timeZone().getId());
        timeZone.setHelperText("Your day, and your new questions, start at midnight here.");

        appearance.setItems(Appearance.SYSTEM, Appearance.LIGHT, Appearance.DARK);
        appearance.setItemLabelGenerator(Appearances::label);
        appearance.setValue(accounts.appearance(username));
        appearance.setHelperText("Light or dark pages and charts; by default as your device is set.");

        FormLayout form = new FormLayout(retention, newPerDay, reviewsPerDay, timeZone, appearance);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save() {
        List.of(retention, newPerDay, reviewsPerDay).forEach(field -> field.setInvalid(false));
        timeZone.setInvalid(false);
        if (retention.isEmpty() || newPerDay.isEmpty() || reviewsPerDay.isEmpty() || timeZone.isEmpty()) {
            for (HasValidation field : List.<HasValidation>of(retention, newPerDay, reviewsPerDay, timeZone)) {
                if (((com.vaadin.flow.component.HasValue<?, ?>) field).isEmpty()) {
                    show(field, "Fill this in.");
                }
            }
            return;
        }
        try {
            accounts.updatePreferences(
                    username,
                    new StudyPreferences(
                            retention.getValue() / 100.0,
                            newPerDay.getValue(),
                            reviewsPerDay.getValue(),
                            ZoneId.of(timeZone.getValue())));
            Appearance chosen = appearance.isEmpty() ? Appearance.SYSTEM : appearance.getValue();
            accounts.changeAppearance(username, chosen);
            getUI().ifPresent(ui -> Appearances.apply(ui, chosen));
        } catch (InvalidAccountDetailsException e) {
            show(
                    switch (e.field()) {
                        case "desiredRetention" -> retention;
                        case "dailyNewLimit" -> newPerDay;
                        default -> reviewsPerDay;
                    },
                    e.getMessage());
            return;
        }
        Notification.show("Settings saved. They apply from your next card.");
        close();
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
