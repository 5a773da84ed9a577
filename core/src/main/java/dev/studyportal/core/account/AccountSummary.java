package dev.studyportal.core.account;

import java.util.Set;

/** An account as the portal shows it. */
public record AccountSummary(long id, String username, String displayName, Set<Role> roles) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.id(), account.getUsername(), account.getDisplayName(), account.getRoles());
    }
}
