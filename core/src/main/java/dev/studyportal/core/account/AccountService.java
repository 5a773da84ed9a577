package dev.studyportal.core.account;

import dev.studyportal.core.access.AdminOnly;
import dev.studyportal.core.access.OwnData;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts, changes their passwords and answers who is who. A person acts on their own account
 * only ({@link OwnData}); sign-up and the login itself are open to anyone, because nobody is signed in
 * yet when they call.
 */
@Service
@Transactional
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository accounts;
    private final LoginThrottleRepository throttles;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final SignUpPolicy signUpPolicy;
    private final InviteCodes inviteCodes;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            LoginThrottleRepository throttles,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            ApplicationEventPublisher events,
            SignUpPolicy signUpPolicy,
            InviteCodes inviteCodes,
            Clock clock) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.signUpPolicy = signUpPolicy;
        this.inviteCodes = inviteCodes;
        this.clock = clock;
    }

    /**
     * Creates a learner's account where anyone may sign up. The very first account of a portal becomes
     * its administrator, so a new installation needs no set-up step.
     *
     * @throws InvalidAccountDetailsException naming the field that cannot be taken
     */
    public AccountSummary signUp(SignUp request) {
        return signUp(request, null);
    }

    /**
     * Creates a learner's account as the {@link SignUpMode} allows: by invitation, the code is used up
     * with the account (both or neither). The very first account of a portal is always allowed and
     * becomes its administrator, whatever the mode, so a new installation needs no set-up step.
     *
     * @throws InvalidAccountDetailsException naming the field that cannot be taken: {@code inviteCode}
     *         for a missing, used or expired code, {@code signUp} when sign-up is closed
     */
    public AccountSummary signUp(SignUp request, @Nullable String inviteCode) {
        SignUpMode mode = signUpPolicy.lockedMode();
        if (accounts.count() == 0) {
            return create(request, EnumSet.of(Role.ADMIN, Role.LEARNER));
        }
        if (mode == SignUpMode.CLOSED) {
            throw new InvalidAccountDetailsException(
                    "signUp", "Sign-up is closed; ask an administrator of this portal for an account.");
        }
        // The code is checked before anything else, so that without one nobody learns which usernames
        // are taken (ASVS 6.3.8); it is used up only with the account, so a typo elsewhere costs nothing.
        if (mode == SignUpMode.INVITE_ONLY && !inviteCodes.usable(inviteCode, clock.instant())) {
            throw badInviteCode();
        }
        AccountSummary created = create(request, EnumSet.of(Role.LEARNER));
        if (mode == SignUpMode.INVITE_ONLY && !inviteCodes.redeem(inviteCode, created.username(), clock.instant())) {
            // Used by someone else in the meantime; the exception rolls the account back.
            throw badInviteCode();
        }
        return created;
    }

    private static InvalidAccountDetailsException badInviteCode() {
        return new InvalidAccountDetailsException(
                "inviteCode",
                "That invitation code is unknown, used or expired; ask your administrator for a new one.");
    }

    /** Creates an account with the given roles, as an administrator does; its day runs in UTC until they choose. */
    @AdminOnly
    public AccountSummary create(SignUp request, Set<Role> roles) {
        return create(request, roles, ZoneId.of("UTC"));
    }

    /**
     * Creates an account with the given roles whose day starts at midnight in {@code timeZone}, as the demo data
     * does for learners spread over the world.
     */
    @AdminOnly
    public AccountSummary create(SignUp request, Set<Role> roles, ZoneId timeZone) {
        Username username = Username.of(request.username());
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new InvalidAccountDetailsException("displayName", "Tell us what to call you.");
        }
        if (request.displayName().strip().length() > 100) {
            throw new InvalidAccountDetailsException("displayName", "Use at most 100 characters.");
        }
        String email = request.email() == null || request.email().isBlank()
                ? null
                : request.email().strip();
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new InvalidAccountDetailsException(
                    "email", "Enter an address like name@example.com, or leave it empty.");
        }
        passwordPolicy.check(request.password(), username.value());
        // Last, so that a sign-up reveals a taken name only to someone whose every other field passes.
        if (accounts.existsByUsername(username.value())) {
            throw new UsernameTakenException();
        }
        UserAccount account = new UserAccount(
                username,
                request.displayName(),
                email,
                PasswordHashes.of(passwordEncoder, request.password()),
                roles,
                timeZone,
                clock.instant());
        return AccountSummary.of(accounts.save(account));
    }

    /**
     * Changes a person's own password. The current one is asked for again, so that someone at a
     * computer left signed in cannot lock its owner out.
     *
     * Every sign-in made with the old password ends, on every node (see {@link SignInStamp}); the portal
     * lets the session the change was made in carry on.
     *
     * @throws InvalidAccountDetailsException for {@code currentPassword} when that is wrong, or for
     *         {@code password} when the new one breaks the {@link PasswordPolicy}
     */
    @OwnData
    public void changePassword(String username, String currentPassword, String newPassword) {
        UserAccount account = account(username);
        if (!account.isPassword(currentPassword, passwordEncoder)) {
            throw new InvalidAccountDetailsException(
                    "currentPassword", "That is not your current password; type the one you log in with.");
        }
        passwordPolicy.check(newPassword, username);
        account.choosePassword(PasswordHashes.of(passwordEncoder, newPassword));
        account.revokeSignIns();
        events.publishEvent(new PasswordChanged(username));
    }

    /**
     * Deletes a person's own account and, through {@link AccountDeleting}, everything the portal keeps
     * about them: card states, review history, notes, "keep me logged in" tokens and failed-login
     * counts. They confirm with their username and their password, so that someone at a computer left
     * signed in cannot do it. The only administrator cannot delete their account: the portal would
     * be left with nobody to run it.
     *
     * @throws InvalidAccountDetailsException for {@code username} or {@code password} when the
     *         confirmation does not match, or for {@code account} when this is the last administrator
     */
    @OwnData
    public void deleteOwnAccount(String username, String typedUsername, String password) {
        UserAccount account = account(username);
        if (!Username.normalize(typedUsername).equals(account.getUsername())) {
            throw new InvalidAccountDetailsException(
                    "username", "Type your username, " + account.getUsername() + ", exactly as shown, to confirm.");
        }
        if (!account.isPassword(password, passwordEncoder)) {
            throw new InvalidAccountDetailsException(
                    "password", "That is not your password; type the one you log in with.");
        }
        // The same rule as for demoting or disabling an admin: another enabled administrator must remain.
        if (account.getRoles().contains(Role.ADMIN)
                && accounts.lockActiveAdmins().stream().noneMatch(admin -> !admin.equals(account))) {
            throw new InvalidAccountDetailsException(
                    "account",
                    "You are the portal's only administrator, so your "
                            + "account cannot be deleted: nobody would be left to run the portal. Make another person an "
                            + "administrator first.");
        }
        events.publishEvent(new AccountDeleting(account.id(), account.getUsername()));
        throttles.deleteByUsername(account.getUsername());
        accounts.delete(account);
    }

    /**
     * Stores a stronger hash of the same password, made at login when the stored one used weaker
     * settings or an earlier algorithm (see {@code AccountConfiguration}: bcrypt before Argon2id). Open to
     * anyone, because the login calls it before anyone is signed in; so it replaces only the hash the login
     * has just checked the password against, and a caller who does not know that hash changes nothing.
     */
    public void upgradePasswordHash(String username, String checkedHash, String newHash) {
        UserAccount account = account(username);
        if (account.getPasswordHash().equals(checkedHash)) {
            account.rehashPassword(newHash);
        }
    }

    /** Open to anyone: the login asks before anyone is signed in. */
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findForLogin(String username) {
        return accounts.findByUsername(Username.normalize(username))
                .map(a -> new LoginAccount(
                        a.getUsername(),
                        a.getPasswordHash(),
                        a.getRoles(),
                        a.isEnabled(),
                        a.isLocked(),
                        a.signInStamp(),
                        a.isPasswordChangeDue()));
    }

    /**
     * Whether a sign-in made under this stamp still holds: the account exists, is enabled, and nothing
     * has revoked its sign-ins since. Open to anyone: sessions are checked before the person in them
     * counts as signed in.
     */
    @Transactional(readOnly = true)
    public boolean isCurrent(SignInStamp stamp) {
        return accounts.findSignInGenerationOfEnabled(stamp.accountId())
                .filter(generation -> generation == stamp.generation())
                .isPresent();
    }

    @OwnData
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByUsername(String username) {
        return accounts.findByUsername(username).map(AccountSummary::of);
    }

    @OwnData
    @Transactional(readOnly = true)
    public StudyPreferences preferences(String username) {
        return account(username).getStudyPreferences();
    }

    @OwnData
    public void updatePreferences(String username, StudyPreferences preferences) {
        account(username).prefer(preferences);
    }

    @OwnData
    @Transactional(readOnly = true)
    public Appearance appearance(String username) {
        return account(username).getAppearance();
    }

    @OwnData
    public void changeAppearance(String username, Appearance appearance) {
        account(username).showIn(appearance);
    }

    private UserAccount account(String username) {
        return accounts.requireByUsername(username);
    }

    /** Only for administrators: to anyone else it would tell which usernames have accounts. */
    @AdminOnly
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }
}
