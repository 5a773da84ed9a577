package dev.studyportal.webapp.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PortalTest
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_lockout_says_how_long_to_wait_and_nothing_about_the_account() {
        LoginView view = navigateWith("locked", "12");

        assertThat(view.login.isError()).isTrue();
        assertThat(view.login.getElement().getPropertyRaw("i18n").toString())
                .contains("Too many failed attempts; try again in 12 minutes.");
    }

    @Test
    void a_wrong_password_shows_the_ordinary_error() {
        LoginView view = navigateWith("error", "");

        assertThat(view.login.isError()).isTrue();
        assertThat(view.login.getElement().getPropertyRaw("i18n").toString())
                .contains("Check your username and password")
                .doesNotContain("Too many");
    }

    @Test
    void a_login_the_database_could_not_check_says_so_rather_than_doubting_the_password() {
        LoginView view = navigateWith("unavailable", "");

        assertThat(view.login.isError()).isTrue();
        assertThat(view.login.getElement().getPropertyRaw("i18n").toString())
                .contains("cannot reach its database")
                .doesNotContain("Check your username and password");
    }

    @Test
    void a_login_that_waited_too_long_for_its_password_check_says_to_try_again() {
        LoginView view = navigateWith("busy", "");

        assertThat(view.login.isError()).isTrue();
        assertThat(view.login.getElement().getPropertyRaw("i18n").toString())
                .contains("Many people are logging in")
                .doesNotContain("Check your username and password");
    }

    @Test
    void the_sign_up_link_shows_unless_sign_up_is_closed() {
        TestLearners.ensure(accounts, "someone-already");
        jdbc.update("UPDATE portal_setting SET setting_value = 'CLOSED' WHERE name = 'sign-up-mode'");
        try {
            assertThat(navigate(LoginView.class).signUp.isVisible()).isFalse();
        } finally {
            jdbc.update("UPDATE portal_setting SET setting_value = 'OPEN' WHERE name = 'sign-up-mode'");
        }
        // Another address: navigating to the one already shown would not enter the view again.
        assertThat(navigateWith("registered", "").signUp.isVisible()).isTrue();
    }

    private LoginView navigateWith(String parameter, String value) {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of(parameter, value));
        return (LoginView) getCurrentView();
    }

    @Test
    void the_login_page_is_its_own_main_landmark() {
        assertThat(navigate(LoginView.class).getElement().getAttribute("role")).isEqualTo("main");
    }

    @Test
    void keep_me_logged_in_is_offered_inside_the_form_and_off_by_default() {
        LoginView view = navigate(LoginView.class);

        assertThat(view.rememberMe.getValue()).isFalse();
        assertThat(view.rememberMe.getElement().getAttribute("name")).isEqualTo("remember-me");
        assertThat(view.rememberMe.getElement().getAttribute("slot")).isEqualTo("custom-form-area");
        assertThat(view.rememberMe.getElement().getParent()).isEqualTo(view.login.getElement());
    }
}
