package dev.studyportal.webapp.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpSession;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The POST the login view's form sends (what spring-security-test's formLogin() builds), from a
 * client address of the test's choosing: the address throttle counts per address, and the tests
 * share one portal, so each test logs in from addresses of its own.
 */
public final class LoginRequests {

    private LoginRequests() {}

    /**
     * The portal's filter chain alone, without spring-security-test's MockMvc set-up: that one carries
     * a test's security context from one request into the next on the same thread, which would hide
     * exactly what these tests look for (a session that no longer signs anyone in).
     */
    public static MockMvc mockMvc(WebApplicationContext context) {
        Filter securityFilterChain = context.getBean("springSecurityFilterChain", Filter.class);
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(securityFilterChain)
                .build();
    }

    /**
     * The session a login leaves the browser in: a new one, since the login invalidates the anonymous session
     * it came with (the browser follows by the new cookie).
     */
    public static MockHttpSession sessionOf(MvcResult login) {
        HttpSession session = login.getRequest().getSession(false);
        if (!(session instanceof MockHttpSession signedIn)) {
            throw new IllegalStateException("The login left no session");
        }
        return signedIn;
    }

    public static MockHttpServletRequestBuilder login(String username, String password, String clientAddress) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                });
    }
}
