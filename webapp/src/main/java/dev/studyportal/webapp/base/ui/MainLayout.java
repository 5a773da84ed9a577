package dev.studyportal.webapp.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.TwoStepSignIn;
import dev.studyportal.core.privacy.PersonalDataExport;
import dev.studyportal.webapp.account.ui.Appearances;
import dev.studyportal.webapp.account.ui.ChangePasswordDialog;
import dev.studyportal.webapp.account.ui.MyDataDialog;
import dev.studyportal.webapp.account.ui.StudySettingsDialog;
import dev.studyportal.webapp.account.ui.TwoStepDialog;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in page: the views' {@code @Menu} entries on the side, and the person's
 * account actions gathered in one menu on top, so the bar fits a phone.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(
            AuthenticationContext authentication,
            AccountService accounts,
            TwoStepSignIn twoStep,
            PersonalDataExport export) {
        Span title = new Span("Study Portal");
        title.addClassName("app-title");

        String name = authentication.getPrincipalName().orElse("");
        MenuBar userMenu = userMenu(name, authentication, accounts, twoStep, export);

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title, userMenu);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        navbar.addClassName("navbar");

        // The layout stays while its person moves between pages: the choice is put on the page once.
        addAttachListener(attach -> authentication
                .getPrincipalName()
                .ifPresent(person -> Appearances.apply(attach.getUI(), accounts.appearance(person))));

        // Landmarks: the bar is the page's banner and each view its main content, so screen readers
        // can jump past the navigation (axe and Lighthouse: landmark-one-main, region).
        navbar.getElement().setAttribute("role", "banner");
        addToNavbar(navbar);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /** Vaadin leaves out the entries whose view the person may not open, so admin pages need no role check here. */
    private static SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            // A plan's own page lights up Plans; the root would match every page.
            item.setMatchNested(!entry.path().isEmpty());
            nav.addItem(item);
        }
        return nav;
    }

    private static MenuBar userMenu(
            String name,
            AuthenticationContext authentication,
            AccountService accounts,
            TwoStepSignIn twoStep,
            PersonalDataExport export) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(
                MenuBarVariant.LUMO_TERTIARY_INLINE,
                MenuBarVariant.LUMO_END_ALIGNED,
                MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        menu.addClassName("user-menu");
        menu.getElement().setAttribute("aria-label", "Account");
        MenuItem top = menu.addItem(name);
        top.setAriaLabel("Account of " + name);
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        // The name stands beside the avatar; a screen reader hears it once, from the item's label.
        avatar.getElement().setAttribute("aria-hidden", "true");
        avatar.addClassName("user-menu-avatar");
        top.addComponentAsFirst(avatar);

        SubMenu actions = top.getSubMenu();
        action(actions, VaadinIcon.COG, "Settings", () -> new StudySettingsDialog(accounts, name).open());
        action(
                actions,
                VaadinIcon.USER_CARD,
                "My data",
                () -> new MyDataDialog(export, accounts, name, authentication::logout).open());
        action(actions, VaadinIcon.KEY, "Password", () -> new ChangePasswordDialog(accounts, name).open());
        action(actions, VaadinIcon.MOBILE, "Two-step", () -> new TwoStepDialog(twoStep, name).open())
                .setTooltipText("Two-step sign-in: a code from your phone besides the password");
        actions.addSeparator();
        action(actions, VaadinIcon.SIGN_OUT, "Log out", authentication::logout);
        return menu;
    }

    private static MenuItem action(SubMenu actions, VaadinIcon icon, String text, SerializableRunnable whenChosen) {
        MenuItem item = actions.addItem(text, click -> whenChosen.run());
        Icon shown = icon.create();
        shown.addClassName("user-menu-icon");
        item.addComponentAsFirst(shown);
        return item;
    }
}
