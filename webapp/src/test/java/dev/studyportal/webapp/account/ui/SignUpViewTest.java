package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class SignUpViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    void a_short_password_is_refused_next_to_the_password_field() {
        SignUpView view = navigate(SignUpView.class);
        fill(view, "shorty", "Shorty", "short", "short");

        test(view.create).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("at least 8 characters");
        assertThat(accounts.exists("shorty")).isFalse();
    }

    @Test
    void two_different_passwords_are_refused_next_to_the_second_one() {
        SignUpView view = navigate(SignUpView.class);
        fill(view, "typo", "Typo", "long enough one", "long enough two");

        test(view.create).click();

        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(accounts.exists("typo")).isFalse();
    }

    @Test
    void a_bad_username_is_refused_next_to_the_username_field() {
        SignUpView view = navigate(SignUpView.class);
        fill(view, "no spaces please", "Someone", "long enough pass", "long enough pass");

        test(view.create).click();

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.password.isInvalid()).isFalse();
    }

    @Test
    void good_details_create_the_account_and_lead_to_the_login() {
        SignUpView view = navigate(SignUpView.class);
        fill(view, "newcomer", "New Comer", "a fine long password", "a fine long password");

        test(view.create).click();

        assertThat(accounts.exists("newcomer")).isTrue();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private void fill(SignUpView view, String username, String name, String password, String again) {
        test(view.username).setValue(username);
        test(view.displayName).setValue(name);
        test(view.password).setValue(password);
        test(view.repeatPassword).setValue(again);
    }
}
