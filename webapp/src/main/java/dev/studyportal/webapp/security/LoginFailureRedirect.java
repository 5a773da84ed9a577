package dev.studyportal.webapp.security;

import dev.studyportal.core.account.PasswordChecksBusyException;
import dev.studyportal.core.failure.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login view after a failed login: {@code ?error} for a wrong username or password,
 * {@code ?locked=N} when logins are refused for N more minutes, so the view can say how long to wait,
 * {@code ?unavailable} when the password could not be checked because the database is out of reach
 * (that is no reason to doubt one's password), {@code ?busy} when so many people were signing in that the
 * password's turn to be checked did not come in time (nor is that).
 */
class LoginFailureRedirect implements AuthenticationFailureHandler {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String target;
        if (failure instanceof LoginThrottledException throttled) {
            target = "/login?locked=" + throttled.minutesToWait();
        } else if (DatabaseOutage.isCauseOf(failure)) {
            target = "/login?unavailable";
        } else if (failure.getCause() instanceof PasswordChecksBusyException) {
            target = "/login?busy";
        } else {
            target = "/login?error";
        }
        redirects.sendRedirect(request, response, target);
    }
}
