package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "changer", roles = "LEARNER")
class ChangePasswordDialogTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    String hashBefore;

    @BeforeEach
    void aLearner() {
        TestLearners.ensure(accounts, "changer");
        hashBefore = hash();
    }

    private ChangePasswordDialog openFromTheMenu() {
        navigate("", Component.class);
        test($(Button.class).withText("Password").single()).click();
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

    private void fill(ChangePasswordDialog dialog, String current, String next, String again) {
        test(dialog.currentPassword).setValue(current);
        test(dialog.newPassword).setValue(next);
        test(dialog.repeatPassword).setValue(again);
    }

    private String hash() {
        return accounts.findForLogin("changer").orElseThrow().passwordHash();
    }
}
