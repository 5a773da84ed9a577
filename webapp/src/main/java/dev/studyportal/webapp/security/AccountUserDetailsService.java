package dev.studyportal.webapp.security;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.LoginAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs people in against their portal accounts, password and "keep me logged in" alike. Roles become
 * Spring's ROLE_ authorities; the person carries the stamp their sign-in was made under
 * ({@link PortalUser}). Stores the stronger hash Spring makes at login when a password's stored hash
 * used weaker settings.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountService accounts;

    AccountUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public PortalUser loadUserByUsername(String username) {
        LoginAccount account =
                accounts.findForLogin(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new PortalUser(
                account.username(),
                account.passwordHash(),
                account.enabled(),
                account.locked(),
                AuthorityUtils.createAuthorityList(account.roles().stream()
                        .map(role -> "ROLE_" + role.name())
                        .toList()),
                account.stamp(),
                account.passwordChangeDue());
    }

    @Override
    public UserDetails updatePassword(UserDetails user, @Nullable String newPasswordHash) {
        // The user still holds the hash its password was just checked against; only that one is replaced.
        String checkedHash = user.getPassword();
        if (newPasswordHash == null || checkedHash == null) {
            return user; // Spring upgrades only a hash it has just checked, so both are there.
        }
        accounts.upgradePasswordHash(user.getUsername(), checkedHash, newPasswordHash);
        return user instanceof PortalUser person ? person.withPasswordHash(newPasswordHash) : user;
    }
}
