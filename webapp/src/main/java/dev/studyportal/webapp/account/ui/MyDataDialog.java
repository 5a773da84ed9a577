package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.PasswordChecksBusyException;
import dev.studyportal.core.privacy.PersonalDataExport;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * What the portal keeps about the signed-in person: a copy to download, and deleting all of it.
 * The username is the signed-in one, handed over when the dialog opens; the download links carry no
 * name or id, so a link can only ever give its owner's own data.
 */
public class MyDataDialog extends Dialog {

    final Anchor downloadJson;
    final Anchor downloadCsv;
    final TextField confirmUsername = new TextField("Your username");
    final PasswordField password = new PasswordField("Your password");
    final Button delete = new Button("Delete my account and all my data");
    final Paragraph refusal = new Paragraph();

    private final AccountService accounts;
    private final String username;
    private final Runnable logOut;

    public MyDataDialog(PersonalDataExport export, AccountService accounts, String username, Runnable logOut) {
        this.accounts = accounts;
        this.username = username;
        this.logOut = logOut;
        setHeaderTitle("My data");
        setMaxWidth("36rem");

        String stem = "studyportal-" + username + "-" + LocalDate.now(ZoneOffset.UTC);
        downloadJson = new Anchor(download(stem + ".json", "application/json", export::json), "Download as JSON");
        downloadCsv = new Anchor(
                download(stem + "-csv.zip", "application/zip", export::csvZip), "Download as CSV files (zip)");
        add(
                new Paragraph("A copy of everything the portal keeps about you: your account, study settings, progress "
                        + "on every question, review history and notes. Your password is not in it."),
                new HorizontalLayout(downloadJson, downloadCsv));

        confirmUsername.setAutocomplete(Autocomplete.OFF);
        confirmUsername.setHelperText("Type " + username + " to confirm");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        FormLayout form = new FormLayout(confirmUsername, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        refusal.addClassName("error-text");
        refusal.setVisible(false);
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> deleteAccount());
        add(
                new H3("Delete my account"),
                new Paragraph("This deletes your account, your progress, your review history and your notes at once "
                        + "and for good, and logs you out everywhere you kept logged in. Download a copy first if "
                        + "you want to keep them."),
                form,
                refusal,
                delete);

        getFooter().add(new Button("Close", click -> close()));
    }

    private DownloadHandler download(String fileName, String contentType, Function<String, byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.apply(username);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
    }

    private void deleteAccount() {
        List.of(confirmUsername, password).forEach(field -> field.setInvalid(false));
        refusal.setVisible(false);
        try {
            accounts.deleteOwnAccount(username, confirmUsername.getValue(), password.getValue());
        } catch (InvalidAccountDetailsException e) {
            switch (e.field()) {
                case "username" -> show(confirmUsername, e.getMessage());
                case "password" -> show(password, e.getMessage());
                default -> {
                    refusal.setText(e.getMessage());
                    refusal.setVisible(true);
                }
            }
            return;
        } catch (PasswordChecksBusyException e) {
            show(password, ChangePasswordDialog.PASSWORD_NOT_CHECKED);
            return;
        }
        close();
        logOut.run();
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
