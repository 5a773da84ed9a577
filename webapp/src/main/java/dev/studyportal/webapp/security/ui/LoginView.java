package dev.studyportal.webapp.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.studyportal.core.account.SignUpMode;
import dev.studyportal.core.account.SignUpPolicy;
import dev.studyportal.webapp.security.LoginDetails;
import dev.studyportal.webapp.security.ResetLinkRequests;
import java.util.List;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Study Portal")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** The form field Spring Security's remember-me reads; the checkbox sends it only when ticked. */
    static final String REMEMBER_ME_PARAMETER = "remember-me";

    final LoginForm login = new LoginForm();
    final Checkbox rememberMe = new Checkbox("Keep me logged in for 14 days");
    final TextField code = new TextField("Code from your authenticator app");
    final Paragraph registered = new Paragraph("Your account is ready. Log in to start studying.");
    final Paragraph passwordReset = new Paragraph("Your new password is set. Log in with it.");
    final Paragraph signUp = new Paragraph("New here? ");

    private final SignUpPolicy signUpPolicy;

    public LoginView(SignUpPolicy signUpPolicy, ResetLinkRequests resetLinks) {
        // Outside the main layout: the view itself is the page's main landmark.
        getElement().setAttribute("role", "main");
        this.signUpPolicy = signUpPolicy;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("That did not work");
        i18n.getErrorMessage()
                .setMessage(
                        "Check your username and password, and the code if you use two-step sign-in, and try again.");
        i18n.getForm().setForgotPassword("Forgot password?");
        login.setI18n(i18n);
        login.setAction("login");
        // Offered only where the portal can mail a reset link; elsewhere an administrator resets passwords.
        login.setForgotPasswordButtonVisible(resetLinks.offered());
        login.addForgotPasswordListener(forgot -> login.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        // The login form web component posts named children of its custom form area with the form.
        rememberMe.getElement().setAttribute("slot", "custom-form-area");
        rememberMe.getElement().setAttribute("name", REMEMBER_ME_PARAMETER);
        rememberMe.setHelperText("Only on a computer no one else uses");
        // Sent with the password, so a wrong code fails like a wrong password and says nothing more.
        code.getElement().setAttribute("slot", "custom-form-area");
        code.getElement().setAttribute("name", LoginDetails.CODE_PARAMETER);
        code.setHelperText("Only if you turned on two-step sign-in");
        code.getElement().setAttribute("autocomplete", "one-time-code"); // phones offer the code from a text or app
        code.getElement().setAttribute("inputmode", "numeric");
        code.setWidthFull();
        login.getElement().appendChild(code.getElement(), rememberMe.getElement());

        signUp.add(new Anchor("signup", "Create an account"));
        registered.addClassName("success-message");
        registered.setVisible(false);
        passwordReset.addClassName("success-message");
        passwordReset.setVisible(false);
        add(new H1("Study Portal"), registered, passwordReset, login, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        registered.setVisible(parameters.containsKey("registered"));
        passwordReset.setVisible(parameters.containsKey("reset"));
        signUp.setVisible(signUpPolicy.modeForNewcomers() != SignUpMode.CLOSED);
        List<String> locked = parameters.get("locked");
        if (parameters.containsKey("unavailable")) {
            login.showErrorMessage(
                    "Could not log you in just now",
                    "The portal cannot reach its database. Your password was not checked; try again in a moment.");
        } else if (parameters.containsKey("busy")) {
            login.showErrorMessage(
                    "Could not log you in just now",
                    "Many people are logging in at this moment. Your password was not checked; try again in a few seconds.");
        } else if (parameters.containsKey("expired")) {
            login.showErrorMessage(
                    "Please log in again",
                    "This login page had been open too long, or it was sent from another site. Nothing was checked.");
        } else if (locked != null) {
            login.showErrorMessage(
                    "Too many failed attempts",
                    "Too many failed attempts; try again in " + minutes(locked) + " minutes.");
        } else {
            login.setError(parameters.containsKey("error"));
        }
    }

    /** The wait the server put in the address; anything else reads as the full lockout. */
    private static int minutes(List<String> values) {
        try {
            int minutes = Integer.parseInt(values.getFirst());
            return minutes >= 1 && minutes <= 60 ? minutes : 15;
        } catch (RuntimeException notANumber) {
            return 15;
        }
    }
}
