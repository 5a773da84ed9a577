package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.PasswordPolicy;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.account.SignUpMode;
import dev.studyportal.core.account.SignUpPolicy;
import dev.studyportal.webapp.security.ClientAddress;
import dev.studyportal.webapp.security.SignUpAttempts;
import dev.studyportal.webapp.security.ui.LoginView;
import java.util.List;
import java.util.Map;

/** Creates an account. The service checks every value; its message lands next to the field it is about. */
@Route(value = "signup", autoLayout = false)
@PageTitle("Sign up · Study Portal")
@AnonymousAllowed
class SignUpView extends VerticalLayout {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Your name");
    final EmailField email = new EmailField("E-mail (optional)");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeatPassword = new PasswordField("Password again");
    final TextField inviteCode = new TextField("Invitation code");
    final Button create = new Button("Create account");
    final Paragraph closed =
            new Paragraph("Sign-up is closed on this portal. Ask one of its administrators for an account.");

    private final SignUpAttempts signUps;

    SignUpView(SignUpAttempts signUps, SignUpPolicy signUpPolicy) {
        // Outside the main layout: the view itself is the page's main landmark.
        getElement().setAttribute("role", "main");
        this.signUps = signUps;
        SignUpMode mode = signUpPolicy.modeForNewcomers();
        setAlignItems(FlexComponent.Alignment.CENTER);

        username.setId("signup-username");
        displayName.setId("signup-display-name");
        email.setId("signup-email");
        password.setId("signup-password");
        repeatPassword.setId("signup-repeat-password");
        inviteCode.setId("signup-invite-code");
        create.setId("signup-create");
        inviteCode.setHelperText("Sign-up is by invitation: type the code an administrator gave you");
        inviteCode.setVisible(mode == SignUpMode.INVITE_ONLY);
        username.setHelperText("3 to 64 letters, digits, dots, hyphens or underscores");
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters and not a common password; a short sentence works well");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeatPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(click -> submit());

        FormLayout form = new FormLayout(username, displayName, email, password, repeatPassword, inviteCode, create);
        form.setMaxWidth("28rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Paragraph login = new Paragraph("Already have an account? ");
        login.add(new Anchor("login", "Log in"));
        closed.addClassName("sign-up-closed");
        closed.setVisible(mode == SignUpMode.CLOSED);
        form.setVisible(mode != SignUpMode.CLOSED);
        add(new H1("Create your account"), closed, form, login);
    }

    private void submit() {
        List.of(username, displayName, email, password, repeatPassword, inviteCode)
                .forEach(field -> field.setInvalid(false));
        if (!password.getValue().equals(repeatPassword.getValue())) {
            showError(repeatPassword, "The two passwords differ; type the same one twice.");
            return;
        }
        try {
            signUps.signUp(
                    new SignUp(username.getValue(), displayName.getValue(), email.getValue(), password.getValue()),
                    inviteCode.isVisible() ? inviteCode.getValue() : null,
                    ClientAddress.current());
        } catch (InvalidAccountDetailsException e) {
            if (e.field().equals("signUp")) {
                // Closed by an administrator while this page was open.
                closed.setVisible(true);
                create.setEnabled(false);
                return;
            }
            showError(fieldFor(e.field()), e.getMessage());
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(LoginView.class, new QueryParameters(Map.of("registered", List.of("")))));
    }

    private HasValidation fieldFor(String field) {
        return switch (field) {
            case "username" -> username;
            case "displayName" -> displayName;
            case "email" -> email;
            case "inviteCode" -> inviteCode;
            default -> password;
        };
    }

    private static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
