package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.TwoStepSetup;
import dev.studyportal.core.account.TwoStepSignIn;

/**
 * Turns two-step sign-in on or off for oneself. On: the dialog shows a new key (and the address a
 * phone opens to add it) and turns it on once the app's current code is typed back, which proves the
 * app holds it. Off: the password is asked again.
 */
public class TwoStepDialog extends Dialog {

    final Span key = new Span();
    final TextField code = new TextField("Code the app shows now");
    final PasswordField currentPassword = new PasswordField("Your password");
    final Button turnOn = new Button("Turn on");
    final Button turnOff = new Button("Turn off");

    public TwoStepDialog(TwoStepSignIn twoStep, String username) {
        setHeaderTitle("Two-step sign-in");
        setMaxWidth("32rem");
        Button close = new Button("Close", click -> close());
        if (twoStep.isOn(username)) {
            add(
                    new Paragraph("Two-step sign-in is on: you log in with your password and a code from your "
                            + "authenticator app. To turn it off, type your password."),
                    currentPassword);
            currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
            turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
            turnOff.addClickListener(click -> {
                try {
                    twoStep.turnOff(username, currentPassword.getValue());
                } catch (InvalidAccountDetailsException refused) {
                    currentPassword.setErrorMessage(refused.getMessage());
                    currentPassword.setInvalid(true);
                    return;
                }
                Notification.show("Two-step sign-in is off; your password alone logs you in.");
                close();
            });
            getFooter().add(close, turnOff);
        } else {
            TwoStepSetup setup = twoStep.newSetup(username);
            key.setText(setup.groupedSecret());
            key.addClassName("two-step-key");
            key.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
            code.getElement().setAttribute("autocomplete", "one-time-code"); // phones offer the code from a text or app
            code.getElement().setAttribute("inputmode", "numeric");
            Anchor addToApp = new Anchor();
            addToApp.setText("On the phone itself: open this link to add the key");
            // Vaadin allows only web schemes by default; this otpauth: address is built from our own
            // issuer, the URL-encoded username and the base32 key, so nothing in it comes from outside.
            addToApp.setUnsafeHref(setup.uri());
            add(
                    new Paragraph("Besides your password, logging in will ask for a six-digit code from an "
                            + "authenticator app on your phone (any app for time-based codes). Add this key to it:"),
                    key,
                    new Paragraph(addToApp),
                    code);
            turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            turnOn.addClickListener(click -> {
                try {
                    twoStep.turnOn(username, setup, code.getValue());
                } catch (InvalidAccountDetailsException refused) {
                    code.setErrorMessage(refused.getMessage());
                    code.setInvalid(true);
                    return;
                }
                Notification.show("Two-step sign-in is on. From now on, type the app's code when you log in.");
                close();
            });
            getFooter().add(close, turnOn);
        }
    }
}
