package dev.studyportal.webapp.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After people change their own password (OWASP ASVS 5.0 §7.4.3): the session they changed it in carries
 * on, and every other session of theirs ends. The change itself has revoked all their sign-ins
 * ({@code AccountService.changePassword}); this signs the current session in again under the new stamp,
 * and ends the others on this node at once through the session registry. Other nodes' sessions end at
 * their next {@link RevokedSignInCheck}; "keep me logged in" tokens are gone already ({@link RememberMeTokens}).
 */
@Component
public class PasswordChangeSessions {

    private final SessionRegistry registry;
    private final AccountUserDetailsService users;

    PasswordChangeSessions(SessionRegistry registry, AccountUserDetailsService users) {
        this.registry = registry;
        this.users = users;
    }

    /** For the Vaadin request the password was changed in. */
    public void keepOnlyThisSession() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession != null && vaadinSession.getSession() instanceof WrappedHttpSession wrapped) {
            keepOnly(wrapped.getHttpSession());
        }
    }

    void keepOnly(HttpSession current) {
        if (!(current.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context) || context.getAuthentication() == null) {
            return;
        }
        Authentication before = context.getAuthentication();
        PortalUser renewed = users.loadUserByUsername(before.getName());
        renewed.eraseCredentials();
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext after = holder.createEmptyContext();
        after.setAuthentication(before.toBuilder().principal(renewed).build());
        // A new context object rather than a changed one: the old one may be shared with requests in flight.
        current.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, after);
        holder.setContext(after);

        registry.getAllSessions(renewed, false).stream()
                .filter(session -> !session.getSessionId().equals(current.getId()))
                .forEach(SessionInformation::expireNow);
    }
}
