package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import dev.studyportal.core.account.AccountAdministration;

/** Asks an administrator to confirm before everybody else is logged out, as after a suspected breach. */
class SignEveryoneOutDialog extends Dialog {

    final Button confirm = new Button("Log them all out");

    SignEveryoneOutDialog(AccountAdministration administration, String admin) {
        setHeaderTitle("Log everybody else out?");
        add(new Paragraph("Everybody but you is logged out on every device within 10 seconds, \"keep me logged in\" "
                + "included, and must log in again with their password. Use it after a suspected breach."));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            int signedOut = administration.endEveryonesSessions(admin);
            Notification.show(signedOut == 1 ? "1 person logged out." : signedOut + " people logged out.");
            close();
        });
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
