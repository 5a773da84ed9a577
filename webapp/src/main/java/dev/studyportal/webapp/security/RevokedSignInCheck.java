package dev.studyportal.webapp.security;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.failure.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose sign-in no longer holds: its account was disabled or deleted, or its password
 * changed or was reset, on this node or on any other (OWASP ASVS 5.0 §7.4.2, §7.4.3). Sessions live in
 * the memory of the node that serves them, so the database is the only place every node can learn of
 * a revocation from: a session compares the stamp it signed in under ({@link PortalUser#stamp()}) with
 * its account's. It does so at most once per interval, so that a burst of Vaadin requests costs one
 * query, not one each; a revocation therefore reaches every node within that interval.
 * <p>
 * Like {@link AbsoluteSessionTimeout}, it invalidates the session before Spring Security reads it, so
 * the request goes on as anonymous: a page asks for a login again, and Vaadin reports its session
 * expired. While the database is out of reach the check cannot be made, and the request goes on to be
 * told so by the page like any other; the session is checked again at its next request. A session
 * revoked meanwhile can do nothing, since everything it could do needs the database too.
 */
class RevokedSignInCheck extends OncePerRequestFilter {

    static final String CHECKED_AT = RevokedSignInCheck.class.getName() + ".checkedAt";

    private static final Logger log = LoggerFactory.getLogger(RevokedSignInCheck.class);

    private final AccountService accounts;
    private final Duration interval;
    private final Clock clock;

    RevokedSignInCheck(AccountService accounts, Duration interval, Clock clock) {
        this.accounts = accounts;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        @Nullable Authentication signedIn = session == null ? null : signedIn(session);
        if (signedIn != null) {
            Instant now = clock.instant();
            if (due(session, now)) {
                check(session, signedIn, now);
            }
        }
        chain.doFilter(request, response);
    }

    private void check(HttpSession session, Authentication signedIn, Instant now) {
        boolean holds;
        try {
            holds = holds(signedIn);
        } catch (RuntimeException failure) {
            if (DatabaseOutage.isCauseOf(failure)) {
                log.debug("Sign-in of {} not checked: the database is out of reach", signedIn.getName());
                return;
            }
            throw failure;
        }
        if (holds) {
            session.setAttribute(CHECKED_AT, now);
        } else {
            log.info("Session of {} ended: its sign-in was revoked", signedIn.getName());
            session.invalidate();
        }
    }

    private boolean due(HttpSession session, Instant now) {
        // A clock set back (in tests, or by an operator) checks again rather than trusting an old answer.
        return !(session.getAttribute(CHECKED_AT) instanceof Instant checkedAt)
                || now.isBefore(checkedAt)
                || !now.isBefore(checkedAt.plus(interval));
    }

    /**
     * Every sign-in of the portal is a {@link PortalUser}; a session holding anything else was not made
     * by it (or by a version before stamps) and cannot be vouched for, so it ends too.
     */
    private boolean holds(Authentication signedIn) {
        return signedIn.getPrincipal() instanceof PortalUser person && accounts.isCurrent(person.stamp());
    }

    /** Spring Security keeps a signed-in person's context in the session; an anonymous visitor has none there. */
    private static @Nullable Authentication signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                ? context.getAuthentication()
                : null;
    }
}
