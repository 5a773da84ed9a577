package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.SignUpMode;
import dev.studyportal.core.account.SignUpPolicy;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.security.ui.LoginView;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
class SignUpViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    SignUpPolicy signUpPolicy;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signUpOpenAgain() {
        signUpMode(SignUpMode.OPEN);
    }

    @Test
    void a_short_password_is_refused_next_to_the_password_field() {
        SignUpView view = navigate(SignUpView.class);
        fill(view, "shorty", "Shorty", "short", "short");

        test(view.create).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("at least 8 characters");
        assertThat(TestLearners.exists(accounts, "shorty")).isFalse();
    }

    @Test
    void two_different_passwords_are_refused_next_to_the_second_one() {
        SignUpView view = navigate(SignUpView.class);
        fill(view, "typo", "Typo", "long enough one", "long enough two");

        test(view.create).click();

        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(TestLearners.exists(accounts, "typo")).isFalse();
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

        assertThat(TestLearners.exists(accounts, "newcomer")).isTrue();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_closed_sign_up_says_so_and_shows_no_form() {
        TestLearners.ensure(accounts, "someone-already");
        signUpMode(SignUpMode.CLOSED);

        SignUpView view = navigate(SignUpView.class);

        assertThat(view.closed.isVisible()).isTrue();
        assertThat(view.create.isVisible()
                        && view.create.getParent().orElseThrow().isVisible())
                .isFalse();
    }

    @Test
    void sign_up_closed_while_the_page_was_open_creates_nothing() {
        TestLearners.ensure(accounts, "someone-already");
        SignUpView view = navigate(SignUpView.class);
        fill(view, "too-late", "Too Late", "a fine long password", "a fine long password");
        signUpMode(SignUpMode.CLOSED);

        test(view.create).click();

        assertThat(view.closed.isVisible()).isTrue();
        assertThat(TestLearners.exists(accounts, "too-late")).isFalse();
    }

    @Test
    @WithMockUser(username = "invite-admin", roles = "ADMIN")
    void by_invitation_the_code_is_asked_for_and_used_once() {
        TestLearners.ensure(accounts, "someone-already");
        signUpMode(SignUpMode.INVITE_ONLY);
        String code = signUpPolicy.issueInviteCode("invite-admin", Duration.ofDays(1));

        SignUpView view = navigate(SignUpView.class);
        assertThat(view.inviteCode.isVisible()).isTrue();
        fill(view, "invited", "Invited", "a fine long password", "a fine long password");
        test(view.inviteCode).setValue("WRONG-CODE");
        test(view.create).click();
        assertThat(view.inviteCode.isInvalid()).isTrue();
        assertThat(TestLearners.exists(accounts, "invited")).isFalse();

        test(view.inviteCode).setValue(code);
        test(view.create).click();
        assertThat(TestLearners.exists(accounts, "invited")).isTrue();

        SignUpView again = navigate(SignUpView.class);
        fill(again, "invited-too", "Invited Too", "a fine long password", "a fine long password");
        test(again.inviteCode).setValue(code);
        test(again.create).click();
        assertThat(again.inviteCode.getErrorMessage()).contains("used or expired");
        assertThat(TestLearners.exists(accounts, "invited-too")).isFalse();
    }

    private void signUpMode(SignUpMode mode) {
        jdbc.update("UPDATE portal_setting SET setting_value = ? WHERE name = 'sign-up-mode'", mode.name());
    }

    private void fill(SignUpView view, String username, String name, String password, String again) {
        test(view.username).setValue(username);
        test(view.displayName).setValue(name);
        test(view.password).setValue(password);
        test(view.repeatPassword).setValue(again);
    }
}
