package dev.studyportal.webapp.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.studyportal.webapp.security.ClientAddress;
import dev.studyportal.webapp.security.ResetLinkRequests;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks for a password reset link. Whatever is typed, the answer is the same, so the page tells nobody
 * which accounts exist. Where the portal cannot send mail, it says whom to ask instead.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password · Study Portal")
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout {

    final TextField usernameOrEmail = new TextField("Username or e-mail address");
    final Button send = new Button("Send me a link");
    final FormLayout form = new FormLayout(usernameOrEmail, send);
    final Paragraph sent = new Paragraph();
    final Paragraph notOffered = new Paragraph("This portal does not send e-mail, so it cannot reset passwords by "
            + "e-mail link. Ask one of its administrators to set a new password for you; once you are logged in, "
            + "you can change it under Password in the top bar.");

    private final ResetLinkRequests requests;

    ForgotPasswordView(ResetLinkRequests requests) {
        // Outside the main layout: the view itself is the page's main landmark.
        getElement().setAttribute("role", "main");
        this.requests = requests;
        setAlignItems(FlexComponent.Alignment.CENTER);

        usernameOrEmail.setId("forgot-username-or-email");
        usernameOrEmail.setHelperText("The username you log in with, or the e-mail address of your account");
        usernameOrEmail.setMaxLength(254);
        usernameOrEmail.setAutofocus(true);
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> submit());
        form.setMaxWidth("28rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        sent.setId("forgot-sent");
        sent.addClassName("success-message");
        sent.setMaxWidth("28rem");
        sent.setVisible(false);
        notOffered.setMaxWidth("28rem");

        boolean offered = requests.offered();
        form.setVisible(offered);
        notOffered.setVisible(!offered);

        Paragraph login = new Paragraph();
        login.add(new Anchor("login", "Back to log in"));
        add(new H1("Forgot your password?"), notOffered, form, sent, login);
    }

    private void submit() {
        usernameOrEmail.setInvalid(false);
        if (usernameOrEmail.getValue().isBlank()) {
            showError("Type your username or the e-mail address of your account.");
            return;
        }
        Optional<Duration> refused = requests.submit(usernameOrEmail.getValue(), ClientAddress.current());
        if (refused.isPresent()) {
            showError("Too many requests from your network; try again in " + minutes(refused.get()) + " minutes.");
            return;
        }
        sent.setText("If an account with that username or e-mail address exists and has an e-mail address, we've "
                + "sent it a link to choose a new password. The link works once, for "
                + requests.linkLifetime().toMinutes() + " minutes. Nothing arrived? Check your spam folder, or ask "
                + "an administrator of this portal.");
        sent.setVisible(true);
        form.setVisible(false);
    }

    private void showError(String message) {
        usernameOrEmail.setErrorMessage(message);
        usernameOrEmail.setInvalid(true);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
