package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.PasswordChecksBusyException;
import dev.studyportal.core.account.PasswordPolicy;
import java.util.List;

/**
 * A person changes their own password: the current one, then the new one twice. The service checks
 * both; a refusal is shown next to the field it is about. Afterwards they stay logged in here and are
 * logged out everywhere else.
 */
public class ChangePasswordDialog extends Dialog {

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("New password again");
    final Button save = new Button("Change password");
    final Button cancel = new Button("Cancel", click -> close());

    private final AccountService accounts;
    private final String username;
    private final Runnable afterChange;

    public ChangePasswordDialog(AccountService accounts, String username) {
        this(accounts, username, () -> {});
    }

    /**
     * The dialog as a person must fill it before going on, when an administrator set their password:
     * it cannot be cancelled; {@code afterChange} runs once the new password is stored.
     */
    static ChangePasswordDialog required(AccountService accounts, String username, Runnable afterChange) {
        ChangePasswordDialog dialog = new ChangePasswordDialog(accounts, username, afterChange);
        dialog.setHeaderTitle("Choose your own password");
        dialog.currentPassword.setLabel("Password your administrator gave you");
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        dialog.cancel.setVisible(false);
        return dialog;
    }

    private ChangePasswordDialog(AccountService accounts, String username, Runnable afterChange) {
        this.accounts = accounts;
        this.username = username;
        this.afterChange = afterChange;
        setHeaderTitle("Change your password");

        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters and not a common password; a short sentence works well");
        repeatPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);

        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24rem");
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(cancel, save);
    }

    private void save() {
        List.of(currentPassword, newPassword, repeatPassword).forEach(field -> field.setInvalid(false));
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            show(repeatPassword, "The two new passwords differ; type the same one twice.");
            return;
        }
        try {
            accounts.changePassword(username, currentPassword.getValue(), newPassword.getValue());
        } catch (InvalidAccountDetailsException e) {
            show("currentPassword".equals(e.field()) ? currentPassword : newPassword, e.getMessage());
            return;
        } catch (PasswordChecksBusyException e) {
            show(currentPassword, PASSWORD_NOT_CHECKED);
            return;
        }
        Notification.show("Password changed. You stay logged in here; everywhere else you are logged out.");
        close();
        afterChange.run();
    }

    /** When every password check the portal runs at once was taken (a crowd signing in): nothing was changed. */
    static final String PASSWORD_NOT_CHECKED =
            "Many people are logging in at this moment, so your password was not checked and nothing was changed."
                    + " Try again in a few seconds.";

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
