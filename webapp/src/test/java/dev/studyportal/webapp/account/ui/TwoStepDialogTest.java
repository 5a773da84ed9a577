package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Totp;
import dev.studyportal.core.account.TwoStepSignIn;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "phone-owner", roles = "LEARNER")
class TwoStepDialogTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aLearnerWithoutIt() {
        TestLearners.ensure(accounts, "phone-owner");
        jdbc.update("UPDATE user_account SET totp_secret = NULL, totp_last_step = NULL WHERE username = 'phone-owner'");
    }

    private TwoStepDialog openFromTheMenu() {
        navigate("", Component.class);
        new MenuBarTester<>($(MenuBar.class).single()).clickItem("phone-owner", "Two-step");
        return $(TwoStepDialog.class).single();
    }

    @Test
    void turned_on_only_with_the_apps_current_code_then_off_with_the_password() {
        TwoStepDialog dialog = openFromTheMenu();
        String key = dialog.key.getText().replace(" ", "");
        assertThat(key).hasSize(32);

        test(dialog.code).setValue("000000");
        test(dialog.turnOn).click();
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(TestLearners.asLearner("phone-owner", () -> twoStep.isOn("phone-owner")))
                .isFalse();

        test(dialog.code).setValue(Totp.codeAt(key, clock.instant()));
        test(dialog.turnOn).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(TestLearners.asLearner("phone-owner", () -> twoStep.isOn("phone-owner")))
                .isTrue();

        TwoStepDialog off = openFromTheMenu();
        test(off.currentPassword).setValue("not my password");
        test(off.turnOff).click();
        assertThat(off.currentPassword.isInvalid()).isTrue();
        test(off.currentPassword).setValue(TestLearners.PASSWORD);
        test(off.turnOff).click();
        assertThat(TestLearners.asLearner("phone-owner", () -> twoStep.isOn("phone-owner")))
                .isFalse();
    }
}
