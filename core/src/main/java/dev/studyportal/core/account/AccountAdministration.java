package dev.studyportal.core.account;

import dev.studyportal.core.access.AdminAction;
import dev.studyportal.core.access.AdminOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to other people's accounts: roles, disabling, a new password, lifting a
 * login lockout. Every method names the acting administrator, whose actions are logged and who must be
 * the one signed in ({@link AdminAction}), and refuses anything that would leave the portal without an
 * enabled administrator.
 */
@Service
@Transactional
@AdminOnly
public class AccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

    private final UserAccountRepository accounts;
    private final LoginThrottleRepository throttles;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(
            UserAccountRepository accounts,
            LoginThrottleRepository throttles,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
    }

    /** Accounts whose username, name or e-mail contains the text, by username. */
    @Transactional(readOnly = true)
    public List<ManagedAccount> find(@Nullable String text, Pageable page) {
        List<UserAccount> found =
                accounts.search(pattern(text), PageRequest.of(page.getPageNumber(), page.getPageSize()));
        return managed(found);
    }

    /** One account as the administrator sees it now. */
    @Transactional(readOnly = true)
    public ManagedAccount get(String username) {
        return managed(List.of(account(username))).getFirst();
    }

    private List<ManagedAccount> managed(List<UserAccount> found) {
        Set<String> names = found.stream().map(UserAccount::getUsername).collect(Collectors.toSet());
        Instant now = clock.instant();
        Map<String, Instant> lockedUntil = throttles.findByUsernameIn(names).stream()
                .filter(throttle -> throttle.window().lockRemaining(now).isPresent())
                .collect(Collectors.toMap(
                        LoginThrottle::username, throttle -> throttle.window().lockedUntil()));
        return found.stream()
                .map(account -> new ManagedAccount(
                        account.id(),
                        account.getUsername(),
                        account.getDisplayName(),
                        account.getEmail(),
                        account.getRoles(),
                        account.isEnabled(),
                        lockedUntil.get(account.getUsername()),
                        account.getCreatedAt(),
                        account.isTwoStepOn()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return accounts.countMatching(pattern(text));
    }

    /**
     * @throws InvalidAccountDetailsException for {@code roles} when none is left, when an administrator
     *         would remove their own ADMIN role, or when the account is the last enabled administrator
     */
    @AdminAction
    public void changeRoles(String admin, String username, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InvalidAccountDetailsException("roles", "Give the account at least one role.");
        }
        UserAccount account = account(username);
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            if (account.getUsername().equals(admin)) {
                throw new InvalidAccountDetailsException(
                        "roles", "You cannot remove your own ADMIN role; ask another administrator to do it.");
            }
            requireAnotherAdmin(account, "roles", "remove the ADMIN role of");
        }
        boolean taken = account.changeRoles(EnumSet.copyOf(roles));
        log.info("Roles of {} set to {} by {}", username, roles, admin);
        if (taken) {
            events.publishEvent(new SignInRevoked(account.getUsername())); // its sessions still hold the old roles
        }
    }

    /**
     * Refuses every further login of the account and ends its open sessions (see {@link SignInRevoked}).
     *
     * @throws InvalidAccountDetailsException for {@code enabled} when an administrator would disable
     *         themselves or the last enabled administrator
     */
    @AdminAction
    public void disable(String admin, String username) {
        UserAccount account = account(username);
        if (account.getUsername().equals(admin)) {
            throw new InvalidAccountDetailsException("enabled", "You cannot disable your own account.");
        }
        if (account.isEnabled() && account.getRoles().contains(Role.ADMIN)) {
            requireAnotherAdmin(account, "enabled", "disable");
        }
        account.disable();
        log.info("Account {} disabled by {}", username, admin);
        events.publishEvent(new SignInRevoked(account.getUsername()));
    }

    @AdminAction
    public void enable(String admin, String username) {
        account(username).enable();
        log.info("Account {} enabled by {}", username, admin);
    }

    /**
     * Gives the account a temporary password, which the administrator passes on to its owner: it lets
     * them in once, to choose their own (ASVS 6.4.1). Ends the account's sessions and "keep me logged
     * in" tokens, as a changed password does.
     *
     * @throws InvalidAccountDetailsException for {@code password} when it breaks the {@link PasswordPolicy}
     */
    @AdminAction
    public void resetPassword(String admin, String username, String newPassword) {
        UserAccount account = account(username);
        passwordPolicy.check(newPassword, account.getUsername());
        account.assignTemporaryPassword(PasswordHashes.of(passwordEncoder, newPassword));
        account.revokeSignIns();
        log.info("Password of {} reset by {}", username, admin);
        events.publishEvent(new PasswordChanged(account.getUsername()));
        events.publishEvent(new SignInRevoked(account.getUsername()));
    }

    /**
     * Ends every session of the account on every node (within the sign-in check's interval) and its
     * "keep me logged in" tokens: the person logs in again, for instance after losing a device.
     */
    @AdminAction
    public void endSessions(String admin, String username) {
        UserAccount account = account(username);
        account.revokeSignIns();
        log.info("Sessions of {} ended by {}", username, admin);
        events.publishEvent(new SignInRevoked(account.getUsername()));
    }

    /**
     * Ends the sessions of everybody but the acting administrator, as after a suspected breach.
     *
     * @return how many accounts were signed out
     */
    @AdminAction
    public int endEveryonesSessions(String admin) {
        List<UserAccount> others = accounts.findAll().stream()
                .filter(account -> !account.getUsername().equals(admin))
                .toList();
        others.forEach(account -> {
            account.revokeSignIns();
            events.publishEvent(new SignInRevoked(account.getUsername()));
        });
        log.warn("Sessions of all {} other accounts ended by {}", others.size(), admin);
        return others.size();
    }

    /** Lifts a lockout after failed logins (see {@link LoginLockouts}) and forgets the failures counted so far. */
    @AdminAction
    public void unlock(String admin, String username) {
        throttles.deleteByUsername(LoginLockouts.key(username));
        log.info("Login lockout of {} lifted by {}", username, admin);
    }

    private void requireAnotherAdmin(UserAccount account, String field, String action) {
        boolean another = accounts.lockActiveAdmins().stream().anyMatch(admin -> !admin.equals(account));
        if (!another) {
            throw new InvalidAccountDetailsException(
                    field,
                    "You cannot " + action + " the last administrator;" + " make someone else an administrator first.");
        }
    }

    private UserAccount account(String username) {
        return accounts.requireByUsername(username);
    }

    private static String pattern(@Nullable String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
