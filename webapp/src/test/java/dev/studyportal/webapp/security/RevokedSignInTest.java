package dev.studyportal.webapp.security;

import static dev.studyportal.webapp.security.LoginRequests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import dev.studyportal.core.account.AccountAdministration;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** What an administrator's disabling or password reset does to a person already signed in. */
@PortalTest
class RevokedSignInTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_disabled_account_loses_its_open_session_and_cannot_log_in_again() throws Exception {
        MockMvc mvc = LoginRequests.mockMvc(context);
        TestLearners.ensure(accounts, "to-be-disabled");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(login("to-be-disabled", TestLearners.PASSWORD, "10.3.1.1").session(session)).andExpect(authenticated());
        mvc.perform(get("/").session(session)).andExpect(authenticated().withUsername("to-be-disabled"));

        asAdmin(() -> administration.disable("revoking-admin", "to-be-disabled"));

        mvc.perform(get("/").session(session))
                .andExpect(unauthenticated())
                .andExpect(header().string("Location", endsWith("/login")));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(login("to-be-disabled", TestLearners.PASSWORD, "10.3.1.2")).andExpect(unauthenticated());
    }

    @Test
    void a_reset_password_ends_the_session_and_the_kept_login() throws Exception {
        MockMvc mvc = LoginRequests.mockMvc(context);
        TestLearners.ensure(accounts, "to-be-reset");
        MockHttpSession session = new MockHttpSession();
        Cookie rememberMe = mvc.perform(login("to-be-reset", TestLearners.PASSWORD, "10.3.2.1")
                        .param("remember-me", "on").session(session))
                .andExpect(authenticated()).andReturn().getResponse().getCookie("remember-me");

        asAdmin(() -> administration.resetPassword("revoking-admin", "to-be-reset", "a password from the admin"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM persistent_logins WHERE username = 'to-be-reset'",
                Integer.class)).isZero();
        mvc.perform(get("/").session(session)).andExpect(unauthenticated());
        mvc.perform(get("/").cookie(rememberMe)).andExpect(unauthenticated());
        mvc.perform(login("to-be-reset", "a password from the admin", "10.3.2.2")).andExpect(authenticated());
    }

    private static void asAdmin(Runnable action) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("revoking-admin", null, "ROLE_ADMIN"));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
