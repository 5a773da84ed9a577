package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.privacy.PersonalDataExport;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.security.HeldPasswordCheck;
import dev.studyportal.webapp.security.OnePasswordCheckAtATime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The dialogs that check the person's password while a crowd signs in: every check the portal runs at once is
 * taken, so the password is not checked, and the dialog says so next to the password rather than failing.
 * The dialogs are used as the person's own session would (their buttons clicked on the server), in a portal
 * of their own that runs one check at a time and waits briefly for a turn.
 */
@OnePasswordCheckAtATime
class BusyPasswordDialogsTest {

    private static final String PERSON = "crowded-out";

    @Autowired
    AccountService accounts;

    @Autowired
    PersonalDataExport export;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void aLearner() {
        TestLearners.ensure(accounts, PERSON);
    }

    @Test
    void a_password_change_is_not_made_and_the_dialog_says_to_try_again() throws Exception {
        String hashBefore = hash();
        ChangePasswordDialog dialog = new ChangePasswordDialog(accounts, PERSON);
        dialog.currentPassword.setValue(TestLearners.PASSWORD);
        dialog.newPassword.setValue("a new long password");
        dialog.repeatPassword.setValue("a new long password");

        try (HeldPasswordCheck held = HeldPasswordCheck.hold(passwords)) {
            TestLearners.signedInAs(PERSON, dialog.save::click);
        }

        assertThat(dialog.currentPassword.isInvalid()).isTrue();
        assertThat(dialog.currentPassword.getErrorMessage()).contains("Try again in a few seconds");
        assertThat(hash()).isEqualTo(hashBefore);
    }

    @Test
    void an_account_deletion_is_not_made_and_the_dialog_says_to_try_again() throws Exception {
        // Its download links are addressed by the UI they are shown in.
        UI.setCurrent(new UI());
        MyDataDialog dialog;
        try {
            dialog = new MyDataDialog(export, accounts, PERSON, () -> {});
        } finally {
            UI.setCurrent(null);
        }
        dialog.confirmUsername.setValue(PERSON);
        dialog.password.setValue(TestLearners.PASSWORD);

        try (HeldPasswordCheck held = HeldPasswordCheck.hold(passwords)) {
            TestLearners.signedInAs(PERSON, dialog.delete::click);
        }

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("nothing was changed");
        assertThat(TestLearners.exists(accounts, PERSON)).isTrue();
    }

    private String hash() {
        return accounts.findForLogin(PERSON).orElseThrow().passwordHash();
    }
}
