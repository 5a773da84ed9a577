package dev.studyportal.webapp.security;

import dev.studyportal.core.account.AccountDeleting;
import dev.studyportal.core.account.SignInFactorChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * A new password, or two-step sign-in turned on or off, ends every "Keep me logged in" made before, wherever that browser is; a
 * deleted account ends all of them, in the transaction that deletes it.
 */
@Component
class RememberMeTokens {

    private final PersistentTokenRepository tokens;

    RememberMeTokens(PersistentTokenRepository tokens) {
        this.tokens = tokens;
    }

    @EventListener
    void revokeOnSignInFactorChange(SignInFactorChanged change) {
        tokens.removeUserTokens(change.username());
    }

    @EventListener
    void revokeOnAccountDeletion(AccountDeleting deletion) {
        tokens.removeUserTokens(deletion.username());
    }
}
