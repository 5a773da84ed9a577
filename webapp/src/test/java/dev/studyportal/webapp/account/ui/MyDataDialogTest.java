package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

@PortalTest
@WithMockUser(username = "leaver", roles = "LEARNER")
class MyDataDialogTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PersistentTokenRepository rememberMeTokens;

    @BeforeEach
    void aLearnerKeptLoggedInOnTwoBrowsers() {
        TestLearners.ensure(accounts, "leaver");
        TestLearners.ensure(accounts, "stayer");
        for (String username : new String[] {"leaver", "stayer"}) {
            if (rememberMeTokens.getTokenForSeries("series-" + username) == null) {
                rememberMeTokens.createNewToken(
                        new PersistentRememberMeToken(username, "series-" + username, "token", new Date()));
            }
        }
    }

    private MyDataDialog openFromTheMenu() {
        navigate("", Component.class);
        new MenuBarTester<>($(MenuBar.class).single()).clickItem("leaver", "My data");
        return $(MyDataDialog.class).single();
    }

    @Test
    void the_learner_is_offered_their_data_as_json_and_as_csv_files() {
        MyDataDialog dialog = openFromTheMenu();

        assertThat(dialog.downloadJson.getText()).isEqualTo("Download as JSON");
        assertThat(dialog.downloadCsv.getText()).isEqualTo("Download as CSV files (zip)");
        assertThat(dialog.downloadJson.getHref()).isNotBlank().doesNotContain("leaver");
        assertThat(dialog.downloadCsv.getHref()).isNotBlank().doesNotContain("leaver");
    }

    @Test
    void a_wrong_username_or_password_deletes_nothing_and_says_which_is_wrong() {
        MyDataDialog dialog = openFromTheMenu();

        test(dialog.confirmUsername).setValue("stayer");
        test(dialog.password).setValue(TestLearners.PASSWORD);
        test(dialog.delete).click();
        assertThat(dialog.confirmUsername.isInvalid()).isTrue();
        assertThat(dialog.confirmUsername.getErrorMessage()).contains("leaver");

        test(dialog.confirmUsername).setValue("leaver");
        test(dialog.password).setValue("not my password");
        test(dialog.delete).click();
        assertThat(dialog.password.isInvalid()).isTrue();

        assertThat(TestLearners.exists(accounts, "leaver")).isTrue();
        assertThat(rememberMeTokens.getTokenForSeries("series-leaver")).isNotNull();
    }

    @Test
    void the_learner_deletes_their_account_and_every_browser_kept_logged_in_is_forgotten() {
        MyDataDialog dialog = openFromTheMenu();

        test(dialog.confirmUsername).setValue("leaver");
        test(dialog.password).setValue(TestLearners.PASSWORD);
        Throwable afterLogout = catchThrowable(() -> test(dialog.delete).click());

        // Logging out invalidates the session. A servlet container then gives the request no session,
        // but the browserless mock hands out the invalidated one, on which Spring Security's logout
        // trips while clearing it: that error shows the learner was logged out.
        assertThat(afterLogout)
                .satisfiesAnyOf(
                        error -> assertThat(error).isNull(),
                        error -> assertThat(error)
                                .isInstanceOf(IllegalStateException.class)
                                .hasMessageStartingWith("invalidated"));
        assertThat(TestLearners.exists(accounts, "leaver")).isFalse();
        assertThat(rememberMeTokens.getTokenForSeries("series-leaver")).isNull();
        assertThat(TestLearners.exists(accounts, "stayer")).isTrue();
        assertThat(rememberMeTokens.getTokenForSeries("series-stayer")).isNotNull();
    }
}
