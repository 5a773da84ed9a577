package dev.studyportal.webapp.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.account.AccountAdministration;
import dev.studyportal.core.account.CohortCreationPolicy;
import dev.studyportal.core.account.ManagedAccount;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUpPolicy;
import dev.studyportal.core.account.TwoStepSignIn;
import dev.studyportal.webapp.security.CurrentAdministrator;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The admin's view of the people in the portal: find an account, then change its roles, disable it,
 * give it a new password or lift its login lockout; and choose who may sign up. The rules (such as
 * keeping one administrator) are the services'; this view shows what they say.
 */
@Route("admin/users")
@PageTitle("Users · Study Portal")
@Menu(title = "Users", order = 6, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
class UserAdminView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final TextField filter = new TextField();
    final Grid<ManagedAccount> accounts = new Grid<>(ManagedAccount.class, false);
    final UserEditor editor;
    final SignUpModePanel signUp;
    final CohortCreationPanel cohortCreation;
    final Button signEveryoneOut = new Button("Log everybody else out");

    private final AccountAdministration administration;

    UserAdminView(
            AccountAdministration administration,
            TwoStepSignIn twoStep,
            SignUpPolicy signUpPolicy,
            CohortCreationPolicy cohortCreationPolicy,
            CurrentAdministrator currentUser) {
        this.administration = administration;
        String admin = currentUser.username();
        this.editor = new UserEditor(administration, twoStep, admin, this::changed);
        this.signUp = new SignUpModePanel(signUpPolicy, admin);
        this.cohortCreation = new CohortCreationPanel(cohortCreationPolicy, admin);
        addClassName("user-admin");

        filter.setPlaceholder("Find by username, name or e-mail");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24rem");
        filter.addValueChangeListener(change -> refresh());

        accounts.addColumn(ManagedAccount::username).setHeader("Username").setAutoWidth(true);
        accounts.addColumn(ManagedAccount::displayName).setHeader("Name").setAutoWidth(true);
        accounts.addColumn(account ->
                        account.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setAutoWidth(true);
        accounts.addColumn(account -> account.enabled() ? "Enabled" : "Disabled")
                .setHeader("Status");
        accounts.addColumn(account -> when(account.lockedOutUntil()))
                .setHeader("Locked out until")
                .setAutoWidth(true);
        accounts.addColumn(account -> account.twoStepOn() ? "On" : "")
                .setHeader("Two-step")
                .setAutoWidth(true);
        accounts.addColumn(account -> when(account.createdAt()))
                .setHeader("Created")
                .setAutoWidth(true);
        accounts.asSingleSelect().addValueChangeListener(selection -> editor.show(selection.getValue()));
        accounts.setHeight("24rem");
        refresh();

        signEveryoneOut.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        signEveryoneOut.addClickListener(click -> new SignEveryoneOutDialog(administration, admin).open());
        HorizontalLayout tools = new HorizontalLayout(filter, signEveryoneOut);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(new H1("Users"), signUp, cohortCreation, tools, accounts, editor);
    }

    private void refresh() {
        String text = filter.getValue();
        accounts.setItemsPageable(
                pageable -> administration.find(text, pageable), pageable -> administration.count(text));
    }

    /** After a change: the grid shows it, and the editor goes on with the account as it is now. */
    private void changed(String username) {
        accounts.getDataProvider().refreshAll();
        editor.show(administration.get(username));
    }

    private static String when(@Nullable Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
