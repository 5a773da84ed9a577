package dev.studyportal.webapp.security;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.LoginAccount;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in against their portal accounts. Roles become Spring's ROLE_ authorities. */
@Service
class AccountUserDetailsService implements UserDetailsService {

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
}
