package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.studyportal.core.account.AccountService;
import jakarta.annotation.security.PermitAll;

/**
 * Where a person whose password an administrator set must choose their own before anything else
 * ({@link PasswordChoiceRequired} keeps them here). No layout: the portal is not open to them yet.
 */
@Route(value = "choose-password", autoLayout = false)
@PageTitle("Choose your password · Study Portal")
@PermitAll
class ChoosePasswordView extends VerticalLayout {

    final Button choose = new Button("Choose a password");
    private final AccountService accounts;
    private final AuthenticationContext authentication;

    ChoosePasswordView(AccountService accounts, AuthenticationContext authentication) {
        // Outside the main layout: the view itself is the page's main landmark.
        getElement().setAttribute("role", "main");
        this.accounts = accounts;
        this.authentication = authentication;
        setMaxWidth("40rem");
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.addClickListener(click -> openDialog());
        Button logout = new Button("Log out", click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                new H1("Choose your own password"),
                new Paragraph("An administrator set the password you logged in with. Choose one that only you "
                        + "know before you go on; theirs stops working as soon as you have."),
                new HorizontalLayout(choose, logout));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        openDialog();
    }

    private void openDialog() {
        authentication
                .getPrincipalName()
                .ifPresent(name -> ChangePasswordDialog.required(
                                accounts, name, () -> getUI().ifPresent(ui -> ui.navigate("")))
                        .open());
    }
}
