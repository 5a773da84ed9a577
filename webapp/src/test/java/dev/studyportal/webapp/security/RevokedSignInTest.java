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
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What revoking a sign-in does to a person already signed in: an administrator's disabling or password
 * reset, the person's own new password or deleted account, on this node or on another one. "Another
 * node" is a change this node's session registry never hears of: made straight in the shared database,
 * or through a service whose event ends no session here.
 */
@PortalTest
class RevokedSignInTest {

    /** The default of studyportal.security.session.revocation-check-interval. */
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(10);

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcTemplate jdbc;
    /** The portal's clock, which tests may have set to any moment: the check interval is measured on it. */
    @Autowired
    Clock clock;

    @Test
    void a_disabled_account_loses_its_open_session_and_cannot_log_in_again() throws Exception {
        MockMvc mvc = LoginRequests.mockMvc(context);
        TestLearners.ensure(accounts, "to-be-disabled");
        MockHttpSession session =
                LoginRequests.sessionOf(mvc.perform(login("to-be-disabled", TestLearners.PASSWORD, "10.3.1.1"))
                        .andExpect(authenticated())
                        .andReturn());
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
        MvcResult login = mvc.perform(
                        login("to-be-reset", TestLearners.PASSWORD, "10.3.2.1").param("remember-me", "on"))
                .andExpect(authenticated())
                .andReturn();
        MockHttpSession session = LoginRequests.sessionOf(login);
        Cookie rememberMe = login.getResponse().getCookie("remember-me");

        asAdmin(() -> administration.resetPassword("revoking-admin", "to-be-reset", "a password from the admin"));

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM persistent_logins WHERE username = 'to-be-reset'", Integer.class))
                .isZero();
        mvc.perform(get("/").session(session)).andExpect(unauthenticated());
        mvc.perform(get("/").cookie(rememberMe)).andExpect(unauthenticated());
        mvc.perform(login("to-be-reset", "a password from the admin", "10.3.2.2"))
                .andExpect(authenticated());
    }

    @Test
    void an_account_disabled_on_another_node_loses_every_session_here_within_the_check_interval() throws Exception {
        MockMvc mvc = LoginRequests.mockMvc(context);
        TestLearners.ensure(accounts, "disabled-elsewhere");
        MockHttpSession checkedJustNow = loggedIn(mvc, "disabled-elsewhere", "10.3.3.1");
        MockHttpSession checkedAWhileAgo = loggedIn(mvc, "disabled-elsewhere", "10.3.3.2");
        lastCheckedAgo(checkedAWhileAgo, CHECK_INTERVAL);

        // What another node's AccountAdministration.disable leaves in the shared database.
        jdbc.update("UPDATE user_account SET enabled = FALSE, sign_in_generation = sign_in_generation + 1"
                + " WHERE username = 'disabled-elsewhere'");

        mvc.perform(get("/").session(checkedAWhileAgo))
                .andExpect(unauthenticated())
                .andExpect(header().string("Location", endsWith("/login")));
        assertThat(checkedAWhileAgo.isInvalid()).isTrue();

        mvc.perform(get("/").session(checkedJustNow)).andExpect(authenticated().withUsername("disabled-elsewhere"));
        lastCheckedAgo(checkedJustNow, CHECK_INTERVAL);
        mvc.perform(get("/").session(checkedJustNow)).andExpect(unauthenticated());
        assertThat(checkedJustNow.isInvalid())
                .as("ended at most one interval after the change")
                .isTrue();
    }

    @Test
    void a_password_changed_in_another_browser_on_another_node_ends_this_session() throws Exception {
        MockMvc mvc = LoginRequests.mockMvc(context);
        TestLearners.ensure(accounts, "changed-elsewhere");
        MockHttpSession here = loggedIn(mvc, "changed-elsewhere", "10.3.4.1");

        // Another node: it revokes the sign-ins in the database; this node's registry hears nothing.
        TestLearners.signedInAs(
                "changed-elsewhere",
                () -> accounts.changePassword("changed-elsewhere", TestLearners.PASSWORD, "changed on the other node"));
        lastCheckedAgo(here, CHECK_INTERVAL);

        mvc.perform(get("/").session(here)).andExpect(unauthenticated());
        assertThat(here.isInvalid()).isTrue();
        mvc.perform(login("changed-elsewhere", "changed on the other node", "10.3.4.2"))
                .andExpect(authenticated());
    }

    @Test
    void a_new_password_keeps_the_session_it_was_changed_in_and_ends_every_other_one() throws Exception {
        MockMvc mvc = LoginRequests.mockMvc(context);
        TestLearners.ensure(accounts, "changer-of-mind");
        MockHttpSession changingHere = loggedIn(mvc, "changer-of-mind", "10.3.5.1");
        MvcResult loginElsewhere = mvc.perform(login("changer-of-mind", TestLearners.PASSWORD, "10.3.5.2")
                        .param("remember-me", "on"))
                .andExpect(authenticated())
                .andReturn();
        MockHttpSession elsewhere = LoginRequests.sessionOf(loginElsewhere);
        Cookie keptLoggedIn = loginElsewhere.getResponse().getCookie("remember-me");

        changeOwnPasswordIn(changingHere, "changer-of-mind", "a password of my own choosing");

        mvc.perform(get("/").session(elsewhere)).andExpect(unauthenticated());
        assertThat(elsewhere.isInvalid()).isTrue();
        mvc.perform(get("/").cookie(keptLoggedIn)).andExpect(unauthenticated());
        mvc.perform(get("/").session(changingHere)).andExpect(authenticated().withUsername("changer-of-mind"));
        lastCheckedAgo(changingHere, CHECK_INTERVAL);
        mvc.perform(get("/").session(changingHere)).andExpect(authenticated().withUsername("changer-of-mind"));
        assertThat(changingHere.isInvalid())
                .as("signed in again under the new password")
                .isFalse();
    }

    @Test
    void a_deleted_account_loses_its_sessions_in_other_browsers() throws Exception {
        MockMvc mvc = LoginRequests.mockMvc(context);
        TestLearners.ensure(accounts, "leaving-for-good");
        MockHttpSession otherBrowser = loggedIn(mvc, "leaving-for-good", "10.3.6.1");

        TestLearners.signedInAs(
                "leaving-for-good",
                () -> accounts.deleteOwnAccount("leaving-for-good", "leaving-for-good", TestLearners.PASSWORD));
        lastCheckedAgo(otherBrowser, CHECK_INTERVAL);

        mvc.perform(get("/").session(otherBrowser)).andExpect(unauthenticated());
        assertThat(otherBrowser.isInvalid()).isTrue();
    }

    /** What the password dialog does: the change, as the person signed in to that session, in a request of it. */
    private void changeOwnPasswordIn(MockHttpSession session, String username, String newPassword) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        TestLearners.securityContextHolder().setContext((SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        try {
            accounts.changePassword(username, TestLearners.PASSWORD, newPassword);
        } finally {
            TestLearners.securityContextHolder().clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static MockHttpSession loggedIn(MockMvc mvc, String username, String address) throws Exception {
        MockHttpSession session = LoginRequests.sessionOf(mvc.perform(login(username, TestLearners.PASSWORD, address))
                .andExpect(authenticated())
                .andReturn());
        mvc.perform(get("/").session(session)).andExpect(authenticated().withUsername(username));
        assertThat(session.getAttribute(RevokedSignInCheck.CHECKED_AT))
                .as("checked at its first request")
                .isNotNull();
        return session;
    }

    private void lastCheckedAgo(MockHttpSession session, Duration ago) {
        session.setAttribute(RevokedSignInCheck.CHECKED_AT, clock.instant().minus(ago));
    }

    private static void asAdmin(Runnable action) {
        TestLearners.securityContextHolder()
                .getContext()
                .setAuthentication(new TestingAuthenticationToken("revoking-admin", null, "ROLE_ADMIN"));
        try {
            action.run();
        } finally {
            TestLearners.securityContextHolder().clearContext();
        }
    }
}
