package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.server.VaadinSession;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.SignInStamp;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.security.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

@PortalTest
@WithMockUser(username = "changer", roles = "LEARNER")
class ChangePasswordDialogTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService users;

    String hashBefore;

    @BeforeEach
    void aLearner() {
        TestLearners.ensure(accounts, "changer");
        hashBefore = hash();
    }

    private ChangePasswordDialog openFromTheMenu() {
        navigate("", Component.class);
        new MenuBarTester<>($(MenuBar.class).single()).clickItem("changer", "Password");
        return $(ChangePasswordDialog.class).single();
    }

    @Test
    void a_wrong_current_password_is_refused_next_to_its_field() {
        ChangePasswordDialog dialog = openFromTheMenu();

        fill(dialog, "not my password", "a new long password", "a new long password");
        test(dialog.save).click();

        assertThat(dialog.currentPassword.isInvalid()).isTrue();
        assertThat(dialog.currentPassword.getErrorMessage()).contains("not your current password");
        assertThat(dialog.newPassword.isInvalid()).isFalse();
        assertThat(hash()).isEqualTo(hashBefore);
    }

    @Test
    void a_common_new_password_is_refused_next_to_the_new_password() {
        ChangePasswordDialog dialog = openFromTheMenu();

        fill(dialog, TestLearners.PASSWORD, "sunshine", "sunshine");
        test(dialog.save).click();

        assertThat(dialog.newPassword.isInvalid()).isTrue();
        assertThat(dialog.newPassword.getErrorMessage()).contains("most common passwords");
        assertThat(hash()).isEqualTo(hashBefore);
    }

    @Test
    void the_password_is_changed_with_the_current_one() {
        ChangePasswordDialog dialog = openFromTheMenu();

        fill(dialog, TestLearners.PASSWORD, "a new long password", "a new long password");
        test(dialog.save).click();

        assertThat(passwordEncoder.matches("a new long password", hash())).isTrue();
        assertThat(dialog.isOpened()).isFalse();
        accounts.changePassword("changer", "a new long password", TestLearners.PASSWORD);
    }

    @Test
    void the_session_the_password_was_changed_in_is_signed_in_again_under_the_new_password() {
        // As the login left it: the session holds the person, stamped with the sign-in it was made under.
        UserDetails person = users.loadUserByUsername("changer");
        SignInStamp before = ((PortalUser) person).stamp();
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                                person, null, person.getAuthorities())));
        ChangePasswordDialog dialog = openFromTheMenu();

        fill(dialog, TestLearners.PASSWORD, "a new long password", "a new long password");
        test(dialog.save).click();

        try {
            assertThat(accounts.isCurrent(before))
                    .as("the sign-ins made with the old password are revoked")
                    .isFalse();
            SecurityContext kept = (SecurityContext) VaadinSession.getCurrent()
                    .getSession()
                    .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            SignInStamp after = ((PortalUser) kept.getAuthentication().getPrincipal()).stamp();
            assertThat(accounts.isCurrent(after))
                    .as("this session holds under the new password")
                    .isTrue();
        } finally {
            accounts.changePassword("changer", "a new long password", TestLearners.PASSWORD);
        }
    }

    private void fill(ChangePasswordDialog dialog, String current, String next, String again) {
        test(dialog.currentPassword).setValue(current);
        test(dialog.newPassword).setValue(next);
        test(dialog.repeatPassword).setValue(again);
    }

    private String hash() {
        return accounts.findForLogin("changer").orElseThrow().passwordHash();
    }
}
