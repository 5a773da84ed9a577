package dev.studyportal.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A login posted without the form's token, or with one its session no longer knows, is sent back to a
 * fresh login page that says so. That is what a person sees whose login page outlived its session; a
 * forged login from another site gets the same, and signs nobody in.
 */
final class StaleLoginFormRedirect implements AccessDeniedHandler {

    static final String EXPIRED = "/login?expired";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (!(denied instanceof CsrfException)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.sendRedirect(request.getContextPath() + EXPIRED);
    }
}
