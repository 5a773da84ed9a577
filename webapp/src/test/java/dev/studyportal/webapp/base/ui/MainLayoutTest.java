package dev.studyportal.webapp.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
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
    @WithMockUser(username = "nav-admin", roles = {"LEARNER", "ADMIN"})
    void an_admin_finds_content_and_users_in_the_navigation() {
        UI.getCurrent().navigate("library");

        assertThat(paths()).contains("admin/content", "admin/users");
    }

    @Test
    @WithMockUser(username = "nav-learner", roles = "LEARNER")
    void a_learner_sees_no_admin_items() {
        UI.getCurrent().navigate("library");

        assertThat(paths()).doesNotContain("admin/content", "admin/users").contains("library");
    }

    private List<String> paths() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }
}
