package dev.studyportal.webapp.security;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.LoginAccount;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs people in against their portal accounts. Roles become Spring's ROLE_ authorities. Stores the
 * stronger hash Spring makes at login when a password's stored hash used weaker settings.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountService accounts;

    AccountUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LoginAccount account = accounts.findForLogin(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                .disabled(!account.enabled())
                .accountLocked(account.locked())
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        // The user still holds the hash its password was just checked against; only that one is replaced.
        accounts.upgradePasswordHash(user.getUsername(), user.getPassword(), newPasswordHash);
        return User.withUserDetails(user).password(newPasswordHash).build();
    }
}
