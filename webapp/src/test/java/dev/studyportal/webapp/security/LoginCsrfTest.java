package dev.studyportal.webapp.security;

import static dev.studyportal.webapp.security.LoginRequests.login;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Login CSRF: a page on another site must not be able to sign a visitor into the attacker's account
 * (whose notes and ratings the attacker then reads). The login form carries Spring's token, and a
 * foreign Origin is refused even with one.
 */
@PortalTest
class LoginCsrfTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void anAttackersAccount() {
        mvc = LoginRequests.mockMvc(context);
        TestLearners.ensure(accounts, "attacker");
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void a_login_without_a_token_signs_nobody_in() throws Exception {
        mvc.perform(post("/login").param("username", "attacker").param("password", TestLearners.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void a_login_with_a_made_up_token_signs_nobody_in() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "attacker")
                        .param("password", TestLearners.PASSWORD)
                        .param("_csrf", "not-the-token"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void a_login_from_a_foreign_origin_is_refused_even_with_a_token() throws Exception {
        mvc.perform(login("attacker", TestLearners.PASSWORD, "10.9.1.1").header("Origin", "https://evil.example"))
                .andExpect(unauthenticated())
                .andExpect(status().isForbidden());
        mvc.perform(login("attacker", TestLearners.PASSWORD, "10.9.1.2").header("Origin", "null"))
                .andExpect(unauthenticated())
                .andExpect(status().isForbidden());
    }

    @Test
    void a_login_from_the_portals_own_page_still_works() throws Exception {
        mvc.perform(login("attacker", TestLearners.PASSWORD, "10.9.2.1").header("Origin", "http://localhost"))
                .andExpect(authenticated().withUsername("attacker"));
        // Browsers that send no Origin on a same-origin form post still carry the token.
        mvc.perform(login("attacker", TestLearners.PASSWORD, "10.9.2.2"))
                .andExpect(authenticated().withUsername("attacker"));
    }
}
