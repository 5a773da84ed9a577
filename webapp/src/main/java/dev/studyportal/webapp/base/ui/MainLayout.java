package dev.studyportal.webapp.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.TwoStepSignIn;
import dev.studyportal.core.privacy.PersonalDataExport;
import dev.studyportal.webapp.account.ui.Appearances;
import dev.studyportal.webapp.account.ui.ChangePasswordDialog;
import dev.studyportal.webapp.account.ui.MyDataDialog;
import dev.studyportal.webapp.account.ui.StudySettingsDialog;
import dev.studyportal.webapp.account.ui.TwoStepDialog;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in page: navigation on the side, the account and log-out on top. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, AccountService accounts, TwoStepSignIn twoStep,
                      PersonalDataExport export) {
        Span title = new Span("Study Portal");
        title.addClassName("app-title");

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Today", "", VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem("Review", "review", VaadinIcon.CHECK_SQUARE_O.create()));
        nav.addItem(new SideNavItem("Library", "library", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem("Plans", "plans", VaadinIcon.FLAG_CHECKERED.create()));
        nav.addItem(new SideNavItem("Dashboard", "dashboard", VaadinIcon.CHART.create()));
        if (authentication.hasRole(Role.ADMIN.name())) {
            nav.addItem(new SideNavItem("Content", "admin/content", VaadinIcon.FILE_TREE.create()));
            nav.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
        }

        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("current-user");
        Button settings = new Button("Settings", VaadinIcon.COG.create(), click ->
                authentication.getPrincipalName().ifPresent(name -> new StudySettingsDialog(accounts, name).open()));
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button password = new Button("Password", VaadinIcon.KEY.create(), click ->
                authentication.getPrincipalName().ifPresent(name -> new ChangePasswordDialog(accounts, name).open()));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button twoStepButton = new Button("Two-step", VaadinIcon.MOBILE.create(), click ->
                authentication.getPrincipalName().ifPresent(name -> new TwoStepDialog(twoStep, name).open()));
        twoStepButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        twoStepButton.setTooltipText("Two-step sign-in: a code from your phone besides the password");
        Button myData = new Button("My data", VaadinIcon.USER_CARD.create(), click ->
                authentication.getPrincipalName().ifPresent(name ->
                        new MyDataDialog(export, accounts, name, authentication::logout).open()));
        myData.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout account = new HorizontalLayout(user, settings, password, twoStepButton, myData, logout);
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.addClassName("account-bar");

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title, account);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        navbar.addClassName("navbar");

        // The layout stays while its person moves between pages: the choice is put on the page once.
        addAttachListener(attach -> authentication.getPrincipalName()
                .ifPresent(name -> Appearances.apply(attach.getUI(), accounts.appearance(name))));

        addToNavbar(navbar);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
