package dev.studyportal.webapp.security;

import dev.studyportal.core.account.PasswordResetRequested;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of a password reset mail: whose account, when it was asked for, the link, how long it
 * works, and what to do when the reader did not ask. Plain text first; the HTML part says the same.
 */
record ResetLinkLetter(PasswordResetRequested request, URI link) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm (zzzz)", Locale.ENGLISH);

    String subject() {
        return "Reset your Study Portal password";
    }

    String plainText() {
        return """
                Hello %s,

                Someone asked on %s to reset the password of your Study Portal account "%s". \
                If it was you, choose a new password here:

                %s

                The link works once, for %s.

                If it wasn't you, ignore this e-mail: your password stays as it is, and nobody can use the link \
                without access to your mailbox.
                """.formatted(request.displayName(), askedAt(), request.username(), link, lifetime());
    }

    String html() {
        return """
                <p>Hello %s,</p>
                <p>Someone asked on %s to reset the password of your Study Portal account <b>%s</b>. \
                If it was you, choose a new password here:</p>
                <p><a href="%s">Choose a new password</a></p>
                <p>The link works once, for %s.</p>
                <p>If it wasn't you, ignore this e-mail: your password stays as it is, and nobody can use the link \
                without access to your mailbox.</p>
                """.formatted(
                        escaped(request.displayName()),
                        escaped(askedAt()),
                        escaped(request.username()),
                        escaped(link.toString()),
                        lifetime());
    }

    private String askedAt() {
        return WHEN.format(ZonedDateTime.ofInstant(request.requestedAt(), request.timeZone()));
    }

    private String lifetime() {
        Duration lifetime = Duration.between(request.requestedAt(), request.expiresAt());
        long minutes = lifetime.toMinutes();
        if (minutes % 60 != 0) {
            return minutes + " minutes";
        }
        return minutes == 60 ? "one hour" : minutes / 60 + " hours";
    }

    /** The link is as secret as a password until it is used: it stays out of anything logged. */
    @Override
    public String toString() {
        return "ResetLinkLetter[" + request + "]";
    }

    /** A display name is whatever its owner typed; in HTML it must stay text. */
    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
