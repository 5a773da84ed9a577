package dev.studyportal.webapp.security;

import static dev.studyportal.webapp.security.LoginRequests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.webapp.SeparatePortal;
import dev.studyportal.webapp.StudyPortalApplication;
import dev.studyportal.webapp.TestLearners;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Behind HTTPS the "Keep me logged in" cookie can carry the {@code __Host-} prefix (ASVS 5.0 3.3.1,
 * 3.3.3): browsers then accept it only when it is Secure, for the whole site and this host alone.
 */
@SpringBootTest(
        classes = StudyPortalApplication.class,
        properties = {
            "studyportal.import.on-startup=false",
            "studyportal.security.session.remember-me-cookie=__Host-remember-me"
        })
@MariaDbTest
@ExtendWith(SeparatePortal.class)
class HostOnlyCookieTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Test
    void the_remember_me_cookie_takes_the_configured_name_and_meets_the_prefix_rules_over_https() throws Exception {
        TestLearners.ensure(accounts, "hosted");
        MockMvc mvc = LoginRequests.mockMvc(context);

        Cookie cookie = mvc.perform(login("hosted", TestLearners.PASSWORD, "10.4.1.1")
                        .param("remember-me", "on")
                        .secure(true))
                .andExpect(authenticated())
                .andReturn()
                .getResponse()
                .getCookie("__Host-remember-me");

        assertThat(cookie).isNotNull();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).isNull();
        mvc.perform(get("/").secure(true).cookie(cookie))
                .andExpect(authenticated().withUsername("hosted"));
    }
}
