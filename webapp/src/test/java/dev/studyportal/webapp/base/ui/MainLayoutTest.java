package dev.studyportal.webapp.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.account.ui.ChangePasswordDialog;
import dev.studyportal.webapp.account.ui.MyDataDialog;
import dev.studyportal.webapp.account.ui.StudySettingsDialog;
import dev.studyportal.webapp.account.ui.TwoStepDialog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void theVisitorsHaveAccounts() {
        TestLearners.ensure(accounts, "nav-learner");
        TestLearners.ensure(accounts, "nav-admin");
    }

    @Test
    @WithMockUser(
            username = "nav-admin",
            roles = {"LEARNER", "ADMIN"})
    void an_admin_finds_content_and_users_in_the_navigation() {
        UI.getCurrent().navigate("library");

        assertThat(paths())
                .containsExactly(
                        "",
                        "review",
                        "library",
                        "plans",
                        "dashboard",
                        "cohorts",
                        "sets",
                        "admin/content",
                        "admin/users");
    }

    @Test
    @WithMockUser(username = "nav-learner", roles = "LEARNER")
    void a_learner_sees_no_admin_items() {
        UI.getCurrent().navigate("library");

        assertThat(paths()).containsExactly("", "review", "library", "plans", "dashboard", "cohorts", "sets");
    }

    @Test
    @WithMockUser(username = "nav-learner", roles = "LEARNER")
    void the_view_shown_is_the_pages_main_landmark_and_the_bar_its_banner() {
        UI.getCurrent().navigate("library");
        assertThat(UI.getCurrent().getCurrentView().getElement().getAttribute("role"))
                .isEqualTo("main");

        UI.getCurrent().navigate("dashboard");
        assertThat(UI.getCurrent().getCurrentView().getElement().getAttribute("role"))
                .isEqualTo("main");
        assertThat($(MainLayout.class)
                        .single()
                        .getChildren()
                        .filter(child -> "banner".equals(child.getElement().getAttribute("role"))))
                .hasSize(1);
    }

    @Test
    @WithMockUser(username = "nav-learner", roles = "LEARNER")
    void every_menu_entry_carries_its_title_and_icon() {
        UI.getCurrent().navigate("library");

        assertThat($(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .containsExactly("Today", "Review", "Library", "Plans", "Dashboard", "Cohorts", "Question sets");
        assertThat($(SideNavItem.class).all())
                .allSatisfy(item -> assertThat(item.getPrefixComponent()).isNotNull());
    }

    @Test
    @WithMockUser(username = "nav-learner", roles = "LEARNER")
    void the_account_actions_sit_in_one_menu_under_the_persons_name() {
        UI.getCurrent().navigate("library");

        MenuItem top = $(MenuBar.class).single().getItems().getFirst();
        assertThat($(MenuBar.class).single().getItems()).hasSize(1);
        assertThat(top.getText()).isEqualTo("nav-learner");
        assertThat(top.getAriaLabel()).contains("Account of nav-learner");
        assertThat(top.getSubMenu().getItems())
                .extracting(MenuItem::getText)
                .containsExactly("Settings", "My data", "Password", "Two-step", "Log out");
    }

    @Test
    @WithMockUser(username = "nav-learner", roles = "LEARNER")
    void each_account_action_opens_its_dialog() {
        UI.getCurrent().navigate("library");

        choose("Settings");
        assertThat($(StudySettingsDialog.class).single().isOpened()).isTrue();
        $(StudySettingsDialog.class).single().close();
        choose("My data");
        assertThat($(MyDataDialog.class).single().isOpened()).isTrue();
        $(MyDataDialog.class).single().close();
        choose("Password");
        assertThat($(ChangePasswordDialog.class).single().isOpened()).isTrue();
        $(ChangePasswordDialog.class).single().close();
        choose("Two-step");
        assertThat($(TwoStepDialog.class).single().isOpened()).isTrue();
    }

    private void choose(String action) {
        new MenuBarTester<>($(MenuBar.class).single()).clickItem("nav-learner", action);
    }

    private List<String> paths() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }
}
