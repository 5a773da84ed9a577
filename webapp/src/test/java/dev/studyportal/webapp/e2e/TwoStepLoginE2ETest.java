package dev.studyportal.webapp.e2e;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Totp;
import dev.studyportal.core.account.TwoStepSetup;
import dev.studyportal.core.account.TwoStepSignIn;
import dev.studyportal.webapp.TestLearners;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The login form in a real browser sends the authenticator app's code with the password. */
class TwoStepLoginE2ETest extends ChromiumJourney {

    @Autowired
    AccountService accounts;

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_person_with_two_step_sign_in_logs_in_with_password_and_code_and_not_with_the_password_alone() {
        TestLearners.ensure(accounts, "phone-user");
        jdbc.update("UPDATE user_account SET totp_secret = NULL, totp_last_step = NULL WHERE username = 'phone-user'");
        AtomicReference<TwoStepSetup> setup = new AtomicReference<>();
        TestLearners.signedInAs("phone-user", () -> {
            setup.set(twoStep.newSetup("phone-user"));
            // The previous step's code, still accepted: the current one stays unused for the login below.
            twoStep.turnOn(
                    "phone-user",
                    setup.get(),
                    Totp.codeAt(setup.get().secret(), clock.instant().minus(Duration.ofSeconds(30))));
        });

        browser.get(url("/login"));
        type("vaadin-login-form vaadin-text-field[name='username'] input", "phone-user");
        type("vaadin-login-form vaadin-password-field[name='password'] input", TestLearners.PASSWORD);
        click("vaadin-button", "Log in");
        wait.until(ExpectedConditions.urlContains("error"));

        browser.get(url("/login"));
        type("vaadin-login-form vaadin-text-field[name='username'] input", "phone-user");
        type("vaadin-login-form vaadin-password-field[name='password'] input", TestLearners.PASSWORD);
        type(
                "vaadin-login-form vaadin-text-field[name='code'] input",
                Totp.codeAt(setup.get().secret(), clock.instant()));
        click("vaadin-button", "Log in");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, phone-user"));
    }
}
