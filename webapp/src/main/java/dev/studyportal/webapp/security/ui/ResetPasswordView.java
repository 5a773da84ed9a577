package dev.studyportal.webapp.security.ui;

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
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.PasswordPolicy;
import dev.studyportal.core.account.PasswordResets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a mailed reset link leads: a new password, twice, for the account the link belongs to. A link
 * that is unknown, used or expired gets a plain explanation and the way to a new one.
 */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password · Study Portal")
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph account = new Paragraph();
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("New password again");
    final Button save = new Button("Set new password");
    final FormLayout form = new FormLayout(password, repeatPassword, save);
    final Paragraph unusable = new Paragraph("This link has expired or has been used already. A link works once, and "
            + "only for a short while after it is sent. ");

    private final PasswordResets resets;
    private @Nullable String token;

    ResetPasswordView(PasswordResets resets) {
        // Outside the main layout: the view itself is the page's main landmark.
        getElement().setAttribute("role", "main");
        this.resets = resets;
        setAlignItems(FlexComponent.Alignment.CENTER);

        password.setId("reset-password");
        repeatPassword.setId("reset-repeat-password");
        save.setId("reset-save");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters and not a common password; a short sentence works well");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeatPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> submit());
        form.setMaxWidth("28rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        account.setMaxWidth("28rem");
        unusable.setMaxWidth("28rem");
        unusable.add(new Anchor("forgot-password", "Ask for a new link"));

        add(new H1("Choose a new password"), account, unusable, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        token = tokens.isEmpty() ? null : tokens.getFirst();
        resets.usernameFor(token)
                .ifPresentOrElse(
                        username -> showForm(
                                "For your account " + username + ". You are logged out everywhere once it is set."),
                        this::showUnusable);
    }

    private void submit() {
        password.setInvalid(false);
        repeatPassword.setInvalid(false);
        if (!password.getValue().equals(repeatPassword.getValue())) {
            showError(repeatPassword, "The two passwords differ; type the same one twice.");
            return;
        }
        try {
            resets.reset(token, password.getValue());
        } catch (InvalidAccountDetailsException e) {
            if (e.field().equals("token")) {
                // Used in another tab, replaced by a newer link, or expired while this page was open.
                showUnusable();
            } else {
                showError(password, e.getMessage());
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(LoginView.class, new QueryParameters(Map.of("reset", List.of("")))));
    }

    private void showForm(String whose) {
        account.setText(whose);
        account.setVisible(true);
        form.setVisible(true);
        unusable.setVisible(false);
    }

    private void showUnusable() {
        account.setVisible(false);
        form.setVisible(false);
        unusable.setVisible(true);
    }

    private static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
