package dev.studyportal.webapp.security;

import static dev.studyportal.webapp.security.LoginRequests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

@PortalTest
class SessionSecurityTest {

    /** Where Vaadin keeps its session, with the login page's UI, in the HTTP session before the login. */
    private static final String LOGIN_PAGE_UI = "com.vaadin.flow.server.VaadinSession.springServlet";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;
    /** The portal's clock, which tests may have set to any moment: the session limit is measured on it. */
    @Autowired
    Clock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = LoginRequests.mockMvc(context);
        TestLearners.ensure(accounts, "sessioned");
    }

    @Test
    void logging_in_gives_the_session_a_new_id() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = mvc.perform(
                        login("sessioned", TestLearners.PASSWORD, "10.2.1.1").session(session))
                .andExpect(authenticated())
                .andReturn();

        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void logging_in_leaves_the_anonymous_session_behind_but_not_the_page_asked_for() throws Exception {
        MockHttpSession anonymous = new MockHttpSession();
        mvc.perform(get("/review").session(anonymous));
        // What the login page's UI keeps in the session before the login: it must not outlive it.
        anonymous.setAttribute(LOGIN_PAGE_UI, "the login view's UI");

        MvcResult result = mvc.perform(
                        login("sessioned", TestLearners.PASSWORD, "10.2.1.2").session(anonymous))
                .andExpect(authenticated())
                .andExpect(header().string("Location", endsWith("/review?continue")))
                .andReturn();

        assertThat(anonymous.isInvalid()).isTrue();
        assertThat(result.getRequest().getSession(false).getAttribute(LOGIN_PAGE_UI))
                .isNull();
    }

    @Test
    void logging_out_invalidates_the_session() throws Exception {
        MockHttpSession session = loggedIn("10.2.2.1");

        mvc.perform(post("/logout").with(csrf()).session(session));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_session_ends_twelve_hours_after_its_login_however_busy() throws Exception {
        MockHttpSession session = loggedIn("10.2.3.1");
        mvc.perform(get("/").session(session));
        assertThat(session.getAttribute(AbsoluteSessionTimeout.SIGNED_IN_AT)).isInstanceOf(Instant.class);

        session.setAttribute(
                AbsoluteSessionTimeout.SIGNED_IN_AT, clock.instant().minus(Duration.ofHours(11)));
        mvc.perform(get("/").session(session));
        assertThat(session.isInvalid()).isFalse();
        session.setAttribute(
                AbsoluteSessionTimeout.SIGNED_IN_AT, clock.instant().minus(Duration.ofHours(12)));
        mvc.perform(get("/").session(session)).andExpect(header().string("Location", endsWith("/login")));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void the_idle_timeout_is_thirty_minutes() {
        assertThat(Binder.get(environment)
                        .bind("server.servlet.session.timeout", Duration.class)
                        .get())
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void keep_me_logged_in_stores_a_fourteen_day_token_that_logs_in_a_new_session() throws Exception {
        MvcResult login = mvc.perform(
                        login("sessioned", TestLearners.PASSWORD, "10.2.4.1").param("remember-me", "on"))
                .andExpect(authenticated())
                .andReturn();
        Cookie cookie = login.getResponse().getCookie("remember-me");

        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isEqualTo((int) Duration.ofDays(14).toSeconds());
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(tokensOf("sessioned")).isEqualTo(1);

        mvc.perform(get("/").cookie(cookie)).andExpect(authenticated().withUsername("sessioned"));
    }

    @Test
    void keep_me_logged_in_ends_fourteen_days_after_the_login_however_often_it_is_used() throws Exception {
        TestLearners.ensure(accounts, "regular");
        MvcResult login = mvc.perform(
                        login("regular", TestLearners.PASSWORD, "10.2.7.1").param("remember-me", "on"))
                .andExpect(authenticated())
                .andReturn();
        Cookie cookie = login.getResponse().getCookie("remember-me");

        // Used on day 13: still honoured (and renewed, which must not extend the series).
        seriesStartedAgo("regular", Duration.ofDays(13));
        MvcResult renewed = mvc.perform(get("/").cookie(cookie))
                .andExpect(authenticated().withUsername("regular"))
                .andReturn();
        Cookie next = renewed.getResponse().getCookie("remember-me");
        assertThat(next).isNotNull();

        seriesStartedAgo("regular", Duration.ofDays(14));
        mvc.perform(get("/").cookie(next)).andExpect(unauthenticated());
        assertThat(tokensOf("regular")).as("the spent series is deleted").isZero();
    }

    @Test
    void without_the_box_ticked_no_token_is_kept() throws Exception {
        TestLearners.ensure(accounts, "forgotten");

        MvcResult login = mvc.perform(login("forgotten", TestLearners.PASSWORD, "10.2.5.1"))
                .andExpect(authenticated())
                .andReturn();

        assertThat(login.getResponse().getCookie("remember-me")).isNull();
        assertThat(tokensOf("forgotten")).isZero();
    }

    @Test
    void logging_out_and_changing_the_password_both_revoke_the_token() throws Exception {
        TestLearners.ensure(accounts, "revoked");
        MockHttpSession session = LoginRequests.sessionOf(
                mvc.perform(login("revoked", TestLearners.PASSWORD, "10.2.6.1").param("remember-me", "on"))
                        .andReturn());
        assertThat(tokensOf("revoked")).isEqualTo(1);

        mvc.perform(post("/logout").with(csrf()).session(session));
        assertThat(tokensOf("revoked")).isZero();

        mvc.perform(login("revoked", TestLearners.PASSWORD, "10.2.6.1").param("remember-me", "on"));
        assertThat(tokensOf("revoked")).isEqualTo(1);
        TestLearners.signedInAs(
                "revoked",
                () -> accounts.changePassword("revoked", TestLearners.PASSWORD, "a brand new test password"));
        assertThat(tokensOf("revoked")).isZero();
    }

    private void seriesStartedAgo(String username, Duration age) {
        jdbc.update(
                "UPDATE persistent_logins SET series_started = ? WHERE username = ?",
                Timestamp.from(clock.instant().minus(age)),
                username);
    }

    private MockHttpSession loggedIn(String address) throws Exception {
        return LoginRequests.sessionOf(mvc.perform(login("sessioned", TestLearners.PASSWORD, address))
                .andExpect(authenticated())
                .andReturn());
    }

    private int tokensOf(String username) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM persistent_logins WHERE username = ?", Integer.class, username);
    }
}
