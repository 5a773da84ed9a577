package dev.studyportal.webapp.security;

import static dev.studyportal.webapp.security.LoginRequests.login;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import dev.studyportal.webapp.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/** The protective headers on what anyone can reach: the login view, its form post, the sign-up view. */
@PortalTest
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = LoginRequests.mockMvc(context);
    }

    @Test
    void the_login_view_sends_every_protective_header() throws Exception {
        expectProtectiveHeaders(mvc.perform(get("/login")));
    }

    @Test
    void a_public_view_sends_every_protective_header() throws Exception {
        expectProtectiveHeaders(mvc.perform(get("/signup")));
    }

    @Test
    void over_https_the_bootstrap_page_asks_browsers_to_stay_on_https_for_a_year() throws Exception {
        // Vaadin writes its bootstrap page afresh, dropping Spring Security's headers; HSTS must survive too.
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string(
                                "Strict-Transport-Security",
                                allOf(containsString("max-age=31536000"), containsString("includeSubDomains"))));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void a_failed_login_sends_every_protective_header() throws Exception {
        expectProtectiveHeaders(mvc.perform(login("nobody-here", "whatever it is", "10.3.1.1")));
    }

    private static void expectProtectiveHeaders(ResultActions response) throws Exception {
        response.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("frame-ancestors 'none'"),
                                        containsString("object-src 'none'"),
                                        containsString("default-src 'self'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }
}
