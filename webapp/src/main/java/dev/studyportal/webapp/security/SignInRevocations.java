package dev.studyportal.webapp.security;

import dev.studyportal.core.account.SignInRevoked;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When an administrator disables an account or resets its password, the person's open sessions end
 * at their next request and their "keep me logged in" tokens are deleted, so that nothing signed in
 * under the old state lives on. The registry knows this node's sessions only, which end here at once;
 * other nodes' sessions end at their next {@link RevokedSignInCheck}, within its interval.
 */
@Component
class SignInRevocations {

    private final SessionRegistry sessions;
    private final PersistentTokenRepository tokens;

    SignInRevocations(SessionRegistry sessions, PersistentTokenRepository tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    // After the commit, so that a login racing the change already meets the disabled account or new password.
    @TransactionalEventListener(fallbackExecution = true)
    void revoke(SignInRevoked revoked) {
        tokens.removeUserTokens(revoked.username());
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user
                        && user.getUsername().equals(revoked.username()))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
