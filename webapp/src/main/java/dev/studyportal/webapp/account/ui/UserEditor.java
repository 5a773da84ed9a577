package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.studyportal.core.account.AccountAdministration;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.ManagedAccount;
import dev.studyportal.core.account.PasswordPolicy;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.TwoStepSignIn;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** What an admin can do to the account selected in {@link UserAdminView}. */
class UserEditor extends VerticalLayout {

    final H2 heading = new H2();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Button saveRoles = new Button("Save roles");
    final Button toggleEnabled = new Button();
    final Button unlock = new Button("Lift the login lockout");
    final Button endSessions = new Button("End sessions");
    final Button turnOffTwoStep = new Button("Turn off two-step sign-in");
    final PasswordField newPassword = new PasswordField("New password");
    final Button resetPassword = new Button("Set this password");

    private final AccountAdministration administration;
    private final String admin;
    private final Consumer<String> changed;
    private @Nullable ManagedAccount account;

    UserEditor(AccountAdministration administration, TwoStepSignIn twoStep, String admin, Consumer<String> changed) {
        this.administration = administration;
        this.admin = admin;
        this.changed = changed;
        addClassName("user-editor");
        setPadding(false);

        roles.setItems(Role.values());
        saveRoles.addClickListener(click ->
                act(username -> administration.changeRoles(admin, username, roles.getValue()), "Roles saved."));
        toggleEnabled.addClickListener(click -> {
            if (account != null && account.enabled()) {
                act(username -> administration.disable(admin, username), "Account disabled; its sessions have ended.");
            } else {
                act(username -> administration.enable(admin, username), "Account enabled.");
            }
        });
        toggleEnabled.addThemeVariants(ButtonVariant.LUMO_ERROR);
        unlock.addClickListener(click -> act(username -> administration.unlock(admin, username), "Lockout lifted."));
        endSessions.setTooltipText(
                "Logs this person out everywhere, \"keep me logged in\" too, for instance after a lost device");
        endSessions.addClickListener(click -> act(
                username -> administration.endSessions(admin, username),
                "Sessions ended; they log in again with their password."));
        turnOffTwoStep.setTooltipText("For someone who lost their phone: their password alone logs them in again");
        turnOffTwoStep.addClickListener(click -> act(
                username -> twoStep.turnOffFor(admin, username),
                "Two-step sign-in turned off; they can turn it on again under Two-step."));
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters, not a common one. Pass it on privately; the person's sessions end now.");
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setWidth("20rem");
        resetPassword.addClickListener(click -> act(
                username -> {
                    administration.resetPassword(admin, username, newPassword.getValue());
                    newPassword.clear();
                },
                "Password set; tell its owner in person or by another safe channel."));

        HorizontalLayout roleRow = new HorizontalLayout(roles, saveRoles);
        roleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout passwordRow = new HorizontalLayout(newPassword, resetPassword);
        passwordRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, roleRow, new HorizontalLayout(toggleEnabled, unlock, endSessions, turnOffTwoStep), passwordRow);
        show(null);
    }

    void show(@Nullable ManagedAccount selected) {
        this.account = selected;
        setVisible(selected != null);
        roles.setInvalid(false);
        newPassword.setInvalid(false);
        if (selected == null) {
            return;
        }
        heading.setText(
                selected.displayName() + " (" + selected.username() + ")" + (selected.enabled() ? "" : " · disabled"));
        roles.setValue(selected.roles());
        toggleEnabled.setText(selected.enabled() ? "Disable account" : "Enable account");
        toggleEnabled.setEnabled(!selected.username().equals(admin) || !selected.enabled());
        unlock.setEnabled(selected.lockedOutUntil() != null);
        endSessions.setEnabled(!selected.username().equals(admin)); // one's own: use Log out
        turnOffTwoStep.setEnabled(selected.twoStepOn());
    }

    private void act(Consumer<String> action, String done) {
        if (account == null) {
            return;
        }
        String username = account.username();
        try {
            action.accept(username);
        } catch (InvalidAccountDetailsException refused) {
            if (refused.field().equals("password")) {
                newPassword.setErrorMessage(refused.getMessage());
                newPassword.setInvalid(true);
            } else {
                roles.setErrorMessage(refused.getMessage());
                roles.setInvalid(true);
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            return;
        }
        changed.accept(username);
        Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
