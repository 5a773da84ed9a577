package dev.studyportal.webapp.security;

import dev.studyportal.core.account.AccountDeleting;
import dev.studyportal.core.account.PasswordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * A new password ends every "Keep me logged in" made with the old one, wherever that browser is; a
 * deleted account ends all of them, in the transaction that deletes it.
 */
@Component
class RememberMeTokens {

    private final PersistentTokenRepository tokens;

    RememberMeTokens(PersistentTokenRepository tokens) {
        this.tokens = tokens;
    }

    @EventListener
    void revokeOnPasswordChange(PasswordChanged change) {
        tokens.removeUserTokens(change.username());
    }

    @EventListener
    void revokeOnAccountDeletion(AccountDeleting deletion) {
        tokens.removeUserTokens(deletion.username());
    }
}
