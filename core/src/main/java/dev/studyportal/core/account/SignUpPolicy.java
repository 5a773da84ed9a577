package dev.studyportal.core.account;

import dev.studyportal.core.access.AdminAction;
import dev.studyportal.core.access.AdminOnly;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may sign up: open, by invitation or not at all, as an administrator sets it. Stored in the
 * database so every node of the portal applies the same mode at once.
 */
@Service
@Transactional
public class SignUpPolicy {

    private static final Logger log = LoggerFactory.getLogger(SignUpPolicy.class);

    /** The longest an invitation may stay open; long-lived secrets leak. */
    public static final Duration MAX_INVITE_VALIDITY = Duration.ofDays(30);

    private final PortalSettingRepository settings;
    private final UserAccountRepository accounts;
    private final InviteCodes inviteCodes;
    private final Clock clock;

    SignUpPolicy(
            PortalSettingRepository settings, UserAccountRepository accounts, InviteCodes inviteCodes, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.inviteCodes = inviteCodes;
        this.clock = clock;
    }

    /** The mode an administrator chose. Open to anyone: sign-up asks it before anyone is signed in. */
    @Transactional(readOnly = true)
    public SignUpMode mode() {
        return modeOf(settings.findById(PortalSetting.SIGN_UP_MODE));
    }

    /**
     * The mode, read while holding its row until the caller's transaction ends: sign-ups take turns
     * here, so of two first sign-ups at one moment only one finds the portal empty and becomes its
     * administrator.
     */
    SignUpMode lockedMode() {
        return modeOf(settings.lockByName(PortalSetting.SIGN_UP_MODE));
    }

    private static SignUpMode modeOf(Optional<PortalSetting> setting) {
        return setting.map(stored -> SignUpMode.valueOf(stored.value())).orElse(SignUpMode.OPEN);
    }

    /** The mode a newcomer meets: a portal with no account at all is open, so its first person can become its admin. */
    @Transactional(readOnly = true)
    public SignUpMode modeForNewcomers() {
        return accounts.count() == 0 ? SignUpMode.OPEN : mode();
    }

    @AdminAction
    public void changeMode(String admin, SignUpMode mode) {
        // Migration V8 puts the row in place; should it have been deleted by hand, the choice still sticks.
        settings.findById(PortalSetting.SIGN_UP_MODE)
                .ifPresentOrElse(
                        setting -> setting.change(mode.name()),
                        () -> settings.save(new PortalSetting(PortalSetting.SIGN_UP_MODE, mode.name())));
        log.info("Sign-up mode set to {} by {}", mode, admin);
    }

    /**
     * Makes a single-use invitation code.
     *
     * @return the code, which is shown now and never again: only its hash is stored
     */
    @AdminAction
    public String issueInviteCode(String admin, Duration validity) {
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_INVITE_VALIDITY) > 0) {
            throw new IllegalArgumentException(
                    "An invitation is valid for up to " + MAX_INVITE_VALIDITY.toDays() + " days");
        }
        Instant now = clock.instant();
        String code = inviteCodes.issue(admin, now, now.plus(validity));
        log.info("Invitation code issued by {}, valid until {}", admin, now.plus(validity));
        return code;
    }

    /** How many invitations are still unused and unexpired. */
    @AdminOnly
    @Transactional(readOnly = true)
    public long openInvitations() {
        return inviteCodes.usable(clock.instant());
    }
}
