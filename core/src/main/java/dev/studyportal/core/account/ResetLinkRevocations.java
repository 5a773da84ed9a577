package dev.studyportal.core.account;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reset links that must stop working: a changed password (by its owner, an administrator or another
 * link) or a disabled account revokes those still open, and a deleted account takes them with it.
 * Runs in the transaction of the change.
 */
@Component
class ResetLinkRevocations {

    private final PasswordResetTokenRepository tokens;
    private final Clock clock;

    ResetLinkRevocations(PasswordResetTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @EventListener
    void revokeOnPasswordChange(PasswordChanged change) {
        tokens.findOpenOf(change.username()).forEach(link -> link.revoke(clock.instant()));
    }

    @EventListener
    void revokeOnSignInRevoked(SignInRevoked revoked) {
        tokens.findOpenOf(revoked.username()).forEach(link -> link.revoke(clock.instant()));
    }

    @EventListener
    void forgetOnAccountDeletion(AccountDeleting deletion) {
        tokens.deleteAllOfAccount(deletion.accountId());
    }
}
