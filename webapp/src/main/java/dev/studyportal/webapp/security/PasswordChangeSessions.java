package dev.studyportal.webapp.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import dev.studyportal.core.account.SignInFactorChanged;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After a password change, or two-step sign-in turned on or off (OWASP ASVS 5.0 §7.4.3): the session the
 * person made the change in carries on, and
 * every other session of theirs ends. The change itself has revoked all their sign-ins on every node
 * ({@code AccountService.changePassword}, {@link RevokedSignInCheck}); this signs the changing session in
 * again under the new stamp, and ends the others on this node at once through the session registry.
 * "Keep me logged in" tokens are gone already ({@link RememberMeTokens}).
 * <p>
 * It follows the event rather than being called by the password dialog, so that every way to a new
 * password gets the same treatment. A session that is not signed in as the person (an administrator's
 * reset, a reset link) keeps nothing: all of the person's sessions end.
 */
@Component
class PasswordChangeSessions {

    private final SessionRegistry registry;
    private final AccountUserDetailsService users;
    private final SecurityContextHolderStrategy holder;

    PasswordChangeSessions(
            SessionRegistry registry,
            AccountUserDetailsService users,
            ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.registry = registry;
        this.users = users;
        this.holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    // After the commit: the new stamp is what the changing session is signed in again under.
    @TransactionalEventListener(fallbackExecution = true)
    void keepOnlyTheChangingSession(SignInFactorChanged change) {
        @Nullable HttpSession current = currentSession();
        @Nullable String kept = current != null && signInAgain(current, change.username()) ? current.getId() : null;
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails person
                        && person.getUsername().equals(change.username()))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(kept))
                .forEach(SessionInformation::expireNow);
    }

    /** @return whether the session was the person's own, now signed in under their new password */
    private boolean signInAgain(HttpSession current, String username) {
        if (!(current.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context)
                || context.getAuthentication() == null
                || !context.getAuthentication().getName().equals(username)) {
            return false;
        }
        Authentication before = context.getAuthentication();
        PortalUser renewed = users.loadUserByUsername(username);
        renewed.eraseCredentials();
        SecurityContext after = holder.createEmptyContext();
        after.setAuthentication(before.toBuilder().principal(renewed).build());
        // A new context rather than a changed one: the old one may be shared with requests in flight.
        current.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, after);
        holder.setContext(after);
        return true;
    }

    /** The session of the request being served: Vaadin's in a UI request, the servlet's in any other. */
    private static @Nullable HttpSession currentSession() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession != null && vaadinSession.getSession() instanceof WrappedHttpSession wrapped) {
            return wrapped.getHttpSession();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false)
                : null;
    }
}
