package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.security.HeldPasswordCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * The dialogs that check the person's password while a crowd signs in: every check the portal runs at once is
 * taken, so the password is not checked, and the dialog says so next to the password rather than failing.
 */
@PortalTest
@TestPropertySource(
        properties = {"studyportal.security.password-checks-at-once=1", "studyportal.security.password-check-wait=200ms"
        })
@WithMockUser(username = "crowded-out", roles = "LEARNER")
class BusyPasswordDialogsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void aLearner() {
        TestLearners.ensure(accounts, "crowded-out");
    }

    @Test
    void a_password_change_is_not_made_and_the_dialog_says_to_try_again() throws Exception {
        String hashBefore = hash();
        ChangePasswordDialog dialog = (ChangePasswordDialog) open("Password", ChangePasswordDialog.class);
        test(dialog.currentPassword).setValue(TestLearners.PASSWORD);
        test(dialog.newPassword).setValue("a new long password");
        test(dialog.repeatPassword).setValue("a new long password");

        try (HeldPasswordCheck held = HeldPasswordCheck.hold(passwords)) {
            test(dialog.save).click();
        }

        assertThat(dialog.currentPassword.isInvalid()).isTrue();
        assertThat(dialog.currentPassword.getErrorMessage()).contains("Try again in a few seconds");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(hash()).isEqualTo(hashBefore);
    }

    @Test
    void an_account_deletion_is_not_made_and_the_dialog_says_to_try_again() throws Exception {
        MyDataDialog dialog = (MyDataDialog) open("My data", MyDataDialog.class);
        test(dialog.confirmUsername).setValue("crowded-out");
        test(dialog.password).setValue(TestLearners.PASSWORD);

        try (HeldPasswordCheck held = HeldPasswordCheck.hold(passwords)) {
            test(dialog.delete).click();
        }

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("nothing was changed");
        assertThat(accounts.findForLogin("crowded-out")).isPresent();
    }

    private Component open(String item, Class<? extends Component> dialog) {
        navigate("", Component.class);
        new MenuBarTester<>($(MenuBar.class).single()).clickItem("crowded-out", item);
        return $(dialog).single();
    }

    private String hash() {
        return accounts.findForLogin("crowded-out").orElseThrow().passwordHash();
    }
}
