package dev.studyportal.core.account;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person who signs in. Holds a password hash only, never the password. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** The password was set by an administrator, so its owner must replace it before going on. */
    @Column(name = "password_change_due", nullable = false)
    private boolean passwordChangeDue;

    /** The authenticator app's secret (base32) once two-step sign-in is on. */
    @Column(name = "totp_secret", length = 64)
    private @Nullable String totpSecret;

    /** The step of the last code accepted: no code is accepted twice, nor an older one. */
    @Column(name = "totp_last_step")
    private @Nullable Long totpLastStep;

    // Roles decide every access check, and an account is useless without them: load them eagerly.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "desired_retention", nullable = false)
    private double desiredRetention = 0.9;

    @Column(name = "daily_new_limit", nullable = false)
    private int dailyNewLimit = 20;

    @Column(name = "daily_review_limit", nullable = false)
    private int dailyReviewLimit = 200;

    @Column(name = "sign_in_generation", nullable = false)
    private long signInGeneration;

    @Enumerated(EnumType.STRING)
    @Column(name = "color_scheme", nullable = false, length = 6)
    private Appearance appearance = Appearance.SYSTEM;

    protected UserAccount() {
        username = displayName = passwordHash = timeZone = "";
        createdAt = Instant.EPOCH;
    }

    UserAccount(
            Username username,
            String displayName,
            @Nullable String email,
            String passwordHash,
            Set<Role> roles,
            ZoneId timeZone,
            Instant createdAt) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.username = username.value();
        this.displayName = requireDisplayName(displayName);
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.timeZone = timeZone.getId();
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** Whether what the person typed is their password, as asked again before a change that matters. */
    boolean isPassword(@Nullable String typed, PasswordEncoder encoder) {
        return typed != null && encoder.matches(typed, passwordHash);
    }

    /** A stronger hash of the same password: nothing else about the password changes. */
    void rehashPassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    /** A password its owner chose, which they may keep. */
    void choosePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.passwordChangeDue = false;
    }

    /** A password an administrator chose for the owner: it lets them in once, to choose their own. */
    void assignTemporaryPassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.passwordChangeDue = true;
    }

    boolean isPasswordChangeDue() {
        return passwordChangeDue;
    }

    boolean isTwoStepOn() {
        return totpSecret != null;
    }

    /** Turns two-step sign-in on with a secret its app has just proved to hold, by a code of now. */
    boolean turnTwoStepOn(String secret, String code, Instant now) {
        OptionalLong step = Totp.matchingStep(Base32.decode(secret), code, now);
        if (step.isEmpty()) {
            return false;
        }
        this.totpSecret = secret;
        this.totpLastStep = step.getAsLong();
        return true;
    }

    void turnTwoStepOff() {
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    /**
     * Takes a code from the person's app at sign-in: right, of about now, and later than every code
     * taken before, so that a code someone saw cannot be used again.
     */
    boolean acceptTwoStepCode(@Nullable String code, Instant now) {
        if (totpSecret == null) {
            return true;
        }
        OptionalLong step = Totp.matchingStep(Base32.decode(totpSecret), code, now);
        if (step.isEmpty() || (totpLastStep != null && step.getAsLong() <= totpLastStep)) {
            return false;
        }
        totpLastStep = step.getAsLong();
        return true;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isLocked() {
        return locked;
    }

    /**
     * Gives the account these roles instead of its current ones; the rules on who may do so are the
     * service's. Taking a role away ends every sign-in, which carries the roles it was made with.
     *
     * @return whether a role was taken away
     */
    boolean changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        boolean taken = !newRoles.containsAll(roles);
        this.roles.clear();
        this.roles.addAll(newRoles);
        if (taken) {
            revokeSignIns();
        }
        return taken;
    }

    /** Refuses every login, and ends every sign-in made so far (see {@link #revokeSignIns()}). */
    void disable() {
        this.enabled = false;
        revokeSignIns();
    }

    void enable() {
        this.enabled = true;
    }

    /**
     * Ends every sign-in made so far, on every node: sessions compare the {@link SignInStamp} they
     * signed in with against this account's, and this moves it on.
     */
    void revokeSignIns() {
        signInGeneration++;
    }

    public SignInStamp signInStamp() {
        return new SignInStamp(id(), signInGeneration);
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** How the learner wants to study: FSRS's target recall probability and the daily limits. */
    public StudyPreferences getStudyPreferences() {
        return new StudyPreferences(desiredRetention, dailyNewLimit, dailyReviewLimit, getTimeZone());
    }

    public void prefer(StudyPreferences preferences) {
        this.desiredRetention = preferences.desiredRetention();
        this.dailyNewLimit = preferences.dailyNewLimit();
        this.dailyReviewLimit = preferences.dailyReviewLimit();
        this.timeZone = preferences.timeZone().getId();
    }

    public Appearance getAppearance() {
        return appearance;
    }

    public void showIn(Appearance appearance) {
        this.appearance = Objects.requireNonNull(appearance, "appearance");
    }

    private static String requireDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A display name must not be blank");
        }
        if (displayName.strip().length() > 100) {
            throw new IllegalArgumentException("A display name is at most 100 characters");
        }
        return displayName.strip();
    }
}
