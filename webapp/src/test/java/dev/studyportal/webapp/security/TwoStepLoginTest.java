package dev.studyportal.webapp.security;

import static dev.studyportal.webapp.security.LoginRequests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Totp;
import dev.studyportal.core.account.TwoStepSetup;
import dev.studyportal.core.account.TwoStepSignIn;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The real form login of a person with two-step sign-in: the app's code comes with the password. */
@PortalTest
class TwoStepLoginTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    TwoStepSetup setup;

    @BeforeEach
    void aLearnerWithTwoStepSignIn() {
        mvc = LoginRequests.mockMvc(context);
        TestLearners.ensure(accounts, "two-step");
        jdbc.update("UPDATE user_account SET totp_secret = NULL, totp_last_step = NULL WHERE username = 'two-step'");
        jdbc.update("DELETE FROM login_throttle");
        TestLearners.signedInAs("two-step", () -> {
            setup = twoStep.newSetup("two-step");
            twoStep.turnOn("two-step", setup, Totp.codeAt(setup.secret(), clock.instant()));
        });
        clock.advance(Duration.ofSeconds(30)); // the code that turned it on is spent
    }

    @Test
    void the_password_alone_no_longer_logs_in_and_says_no_more_than_a_wrong_password() throws Exception {
        mvc.perform(login("two-step", TestLearners.PASSWORD, "10.5.1.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("two-step", TestLearners.PASSWORD, "10.5.1.1").param("code", "000000"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void the_password_with_the_apps_code_logs_in_once() throws Exception {
        String code = Totp.codeAt(setup.secret(), clock.instant());

        mvc.perform(login("two-step", TestLearners.PASSWORD, "10.5.2.1").param("code", code))
                .andExpect(authenticated().withUsername("two-step"));
        // The same code a second time, as someone who saw it would try.
        mvc.perform(login("two-step", TestLearners.PASSWORD, "10.5.2.1").param("code", code))
                .andExpect(unauthenticated());
    }

    @Test
    void wrong_codes_count_towards_the_lockout_like_wrong_passwords() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            mvc.perform(login("two-step", TestLearners.PASSWORD, "10.5.3." + attempt)
                    .param("code", "000000"));
        }
        String code = Totp.codeAt(setup.secret(), clock.instant());

        mvc.perform(login("two-step", TestLearners.PASSWORD, "10.5.3.99").param("code", code))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked=15"));
        assertThat(twoStep.passes("two-step", code))
                .as("refused before the code was even looked at")
                .isTrue();
    }
}
