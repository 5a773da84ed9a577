package dev.studyportal.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.PasswordChecksBusyException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;

class LoginFailureRedirectTest {

    @Test
    void a_wrong_password_a_lockout_and_an_unreachable_database_are_told_apart() throws Exception {
        assertThat(redirectFor(new BadCredentialsException("Bad credentials"))).isEqualTo("/login?error");
        assertThat(redirectFor(new LoginThrottledException(Duration.ofMinutes(7))))
                .isEqualTo("/login?locked=7");
        assertThat(redirectFor(new InternalAuthenticationServiceException(
                        "The login could not be checked",
                        new CannotCreateTransactionException(
                                "no connection", new SQLTransientConnectionException("Connection is not available")))))
                .isEqualTo("/login?unavailable");
        assertThat(redirectFor(new AuthenticationServiceException(
                        "The password's turn to be checked did not come",
                        new PasswordChecksBusyException(Duration.ofSeconds(10)))))
                .isEqualTo("/login?busy");
    }

    private static String redirectFor(AuthenticationException failure) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LoginFailureRedirect().onAuthenticationFailure(new MockHttpServletRequest(), response, failure);
        return response.getRedirectedUrl();
    }
}
