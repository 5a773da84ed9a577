package dev.studyportal.core.account;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The accounts other features may look up, and nothing more: they attach their rows (cards, notes, plans)
 * to a person, while creating, changing and guarding accounts stays inside this feature. Not a guarded
 * service: its callers are, and they have already tied the username to the signed-in person. The method
 * names are those of {@link UserAccountRepository}, which those features used before.
 *
 * See {@code docs/adr/0010-features-keep-their-repositories.md}.
 */
@Component
public class Learners {

    private final UserAccountRepository accounts;

    Learners(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * The account of a name the caller has from a signed-in session or a checked form, where a missing
     * one is a programming error rather than something to tell a person.
     */
    public UserAccount requireByUsername(String username) {
        return accounts.requireByUsername(username);
    }

    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    /** The id alone, without loading the account, for queries that only filter by it. */
    public long requireId(String username) {
        return accounts.findIdByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No account named " + username));
    }

    /** A reference to attach a row to, for a caller that has the id from a query it already made. */
    public UserAccount getReferenceById(long id) {
        return accounts.getReferenceById(id);
    }
}
