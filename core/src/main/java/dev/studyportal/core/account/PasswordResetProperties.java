package dev.studyportal.core.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password reset by e-mail link (docs/security.md).
 *
 * @param linkLifetime how long a mailed link works: long enough to switch to the mailbox, short enough
 *        that a link found later in an old mail or a mailbox someone else reads is worthless
 */
@ConfigurationProperties("studyportal.password-reset")
public record PasswordResetProperties(@DefaultValue("30m") Duration linkLifetime) {

    static final Duration SHORTEST = Duration.ofMinutes(5);
    static final Duration LONGEST = Duration.ofHours(24);

    public PasswordResetProperties {
        if (linkLifetime.compareTo(SHORTEST) < 0 || linkLifetime.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("studyportal.password-reset.link-lifetime must be between "
                    + SHORTEST.toMinutes() + " minutes and " + LONGEST.toHours() + " hours, not " + linkLifetime);
        }
    }
}
