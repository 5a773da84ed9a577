package dev.studyportal.webapp.security;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a mailed password reset link needs besides the SMTP server ({@code spring.mail.*}).
 *
 * @param publicUrl the address people reach the portal at, such as {@code https://study.example.com};
 *        links are built on it and never on the Host header of a request, which anyone can set
 *        (a link to the attacker's host would hand them the token)
 * @param mail {@code from}: the sender of the portal's mail; {@code no-reply@} the public host by default
 */
@ConfigurationProperties("studyportal")
record ResetMailProperties(
        @Nullable URI publicUrl, @DefaultValue Mail mail) {

    ResetMailProperties {
        if (publicUrl != null && !isPlainWebAddress(publicUrl)) {
            throw new IllegalArgumentException(
                    "studyportal.public-url must be an http(s) address without user, query or "
                            + "fragment, such as https://study.example.com, not " + publicUrl);
        }
    }

    private static boolean isPlainWebAddress(URI url) {
        boolean web = "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
        return web
                && url.getHost() != null
                && url.getRawUserInfo() == null
                && url.getRawQuery() == null
                && url.getRawFragment() == null;
    }

    record Mail(@Nullable String from) {}

    String sender() {
        String from = mail.from();
        if (from != null && !from.isBlank()) {
            return from.strip();
        }
        return "Study Portal <no-reply@"
                + (publicUrl == null ? "localhost" : publicUrl.getHost().toLowerCase(Locale.ROOT)) + ">";
    }
}
