package dev.studyportal.webapp.security;

import static dev.studyportal.webapp.security.LoginRequests.login;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * A real form login that finds the password checks all taken: one check at a time here, held by another
 * sign-in for as long as the test likes, and a short wait for a turn.
 */
@OnePasswordCheckAtATime
class BusySignInTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void a_sign_in_that_finds_every_password_check_taken_is_sent_back_as_busy_and_may_try_again() throws Exception {
        TestLearners.ensure(accounts, "crowded");
        MockMvc mvc = LoginRequests.mockMvc(context);
        try (HeldPasswordCheck held = HeldPasswordCheck.hold(passwords)) {
            mvc.perform(login("crowded", TestLearners.PASSWORD, "10.9.1.1"))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?busy"));
        }

        mvc.perform(login("crowded", TestLearners.PASSWORD, "10.9.1.1")).andExpect(authenticated());
    }
}
