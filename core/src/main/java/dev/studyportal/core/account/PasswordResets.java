package dev.studyportal.core.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Contract;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by a link mailed to the account's owner (OWASP ASVS 5.0 §6.4). Asking for a link tells
 * the person asking nothing: the method returns the same way whether or not the account exists, is
 * enabled, has an e-mail address or has had its share of links. A link's token is 256 random bits, of
 * which only a SHA-256 hash is stored; it works once, for {@link PasswordResetProperties#linkLifetime()},
 * and a newer link or any change of the password revokes it. Mailing is the portal's: it follows
 * {@link PasswordResetRequested}.
 */
@Service
@Transactional
public class PasswordResets {

    /** At most this many links an hour go to one account, or to one mailbox however many accounts share it. */
    public static final int LINKS_PER_HOUR = 3;

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
    private static final int TOKEN_BYTES = 32;
    /** The longest an e-mail address may be (RFC 5321); anything longer is no account's. */
    private static final int LONGEST_INPUT = 254;
    /** Expired links are kept a while for the hourly limit and for an administrator's questions. */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

    private final UserAccountRepository accounts;
    private final PasswordResetTokenRepository tokens;
    private final LoginThrottleRepository throttles;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Duration linkLifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(
            UserAccountRepository accounts,
            PasswordResetTokenRepository tokens,
            LoginThrottleRepository throttles,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            ApplicationEventPublisher events,
            PasswordResetProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttles = throttles;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.linkLifetime = properties.linkLifetime();
        this.clock = clock;
    }

    public Duration linkLifetime() {
        return linkLifetime;
    }

    /**
     * Makes a reset link for the account with this username, or for every account with this e-mail
     * address, when that account is enabled, has an address and has had fewer than {@link #LINKS_PER_HOUR}
     * links (counting its mailbox's) in the last hour. Each new link revokes the account's older ones.
     * Otherwise nothing happens, and the caller cannot tell the difference.
     */
    public void request(@Nullable String usernameOrEmail) {
        String typed = Username.normalize(usernameOrEmail);
        if (typed.isEmpty() || typed.length() > LONGEST_INPUT) {
            return;
        }
        // Usernames cannot contain '@', so the input says which it is. Ids in order, so two requests lock alike.
        List<Long> ids = typed.contains("@")
                ? accounts.findIdsByEmail(typed)
                : accounts.findIdByUsername(typed).stream().toList();
        ids.forEach(this::makeLink);
    }

    private void makeLink(long accountId) {
        Optional<UserAccount> locked = accounts.lockById(accountId);
        if (locked.isEmpty()) {
            return;
        }
        UserAccount account = locked.get();
        String email = account.getEmail();
        Instant now = clock.instant();
        if (!account.isEnabled() || email == null) {
            log.info(
                    "No password reset link for {}: the account is {}",
                    account.getUsername(),
                    account.isEnabled() ? "without an e-mail address" : "disabled");
            return;
        }
        if (tokens.countRequestedSince(account, email.toLowerCase(Locale.ROOT), now.minus(Duration.ofHours(1)))
                >= LINKS_PER_HOUR) {
            log.info(
                    "No password reset link for {}: {} links went to its mailbox within the hour",
                    account.getUsername(),
                    LINKS_PER_HOUR);
            return;
        }
        tokens.findOpen(account).forEach(older -> older.revoke(now));
        String token = newToken();
        Instant expiresAt = now.plus(linkLifetime);
        tokens.save(new PasswordResetToken(account, Sha256.hex(token), now, expiresAt));
        events.publishEvent(new PasswordResetRequested(
                account.getUsername(), account.getDisplayName(), email, account.getTimeZone(), token, now, expiresAt));
    }

    /** Whose password this link would reset, while it still works. */
    @Transactional(readOnly = true)
    public Optional<String> usernameFor(@Nullable String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(Sha256.hex(token))
                .filter(link -> link.usableAt(now))
                .map(PasswordResetToken::account)
                .filter(UserAccount::isEnabled)
                .map(UserAccount::getUsername);
    }

    /**
     * Sets the password of the link's account and spends the link. As after an administrator's reset,
     * the account's sessions on every node ({@link SignInStamp}) and its "keep me logged in" tokens end
     * ({@link PasswordChanged}, {@link SignInRevoked}); a login lockout is lifted too, since whoever holds the link has shown they
     * own the mailbox.
     *
     * @return the account's username
     * @throws InvalidAccountDetailsException for {@code token} when the link is unknown, used, revoked or
     *         expired, or its account disabled; for {@code password} when the new one breaks the
     *         {@link PasswordPolicy} (the link then still works)
     */
    public String reset(@Nullable String token, @Nullable String newPassword) {
        Instant now = clock.instant();
        PasswordResetToken link = (plausible(token)
                        ? tokens.lockByTokenHash(Sha256.hex(token))
                        : Optional.<PasswordResetToken>empty())
                .filter(found -> found.usableAt(now) && found.account().isEnabled())
                .orElseThrow(() -> new InvalidAccountDetailsException(
                        "token", "This link has expired or has been used already. Ask for a new one."));
        UserAccount account = link.account();
        String username = account.getUsername();
        passwordPolicy.check(newPassword, username);
        link.spend(now);
        account.choosePassword(PasswordHashes.of(passwordEncoder, newPassword));
        account.revokeSignIns();
        throttles.deleteByUsername(LoginLockouts.key(username));
        log.info("Password of {} reset with a link mailed to its owner", username);
        events.publishEvent(new PasswordChanged(username));
        events.publishEvent(new SignInRevoked(username));
        return username;
    }

    /** Deletes links that expired more than a day ago; they neither work nor count any more. */
    public int forgetExpired() {
        return tokens.deleteExpiredBefore(clock.instant().minus(KEPT_AFTER_EXPIRY));
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Our tokens are 43 characters; anything much longer is not worth hashing. */
    @Contract("null -> false")
    private static boolean plausible(@Nullable String token) {
        return token != null && !token.isBlank() && token.length() <= 100;
    }
}
