package dev.studyportal.webapp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after it began, however busy it has been (OWASP ASVS 5.0
 * §7.3.2); the container's idle timeout covers the quiet case. The session remembers when it first
 * served its signed-in person; once the limit has passed it is invalidated before Spring Security
 * reads it, so the request goes on as anonymous: a page asks for a login again, and Vaadin reports
 * its expired session.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = AbsoluteSessionTimeout.class.getName() + ".signedInAt";

    private final Duration limit;
    private final Clock clock;

    AbsoluteSessionTimeout(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && signedIn(session)) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (!now.isBefore(signedInAt.plus(limit))) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /** Spring Security keeps a signed-in person's context in the session; an anonymous visitor has none there. */
    private static boolean signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && context.getAuthentication() != null;
    }
}
