package dev.studyportal.webapp.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a login lasts (docs/security.md). The idle timeout is the container's own,
 * {@code server.servlet.session.timeout}.
 *
 * @param absoluteTimeout a session ends this long after its login, active or not
 * @param rememberMe how long "Keep me logged in" keeps a browser logged in without a password
 * @param revocationCheckInterval how often a session checks that its sign-in has not been revoked since,
 *        on any node: the longest a disabled account or a changed password leaves a session open elsewhere
 * @param rememberMeCookie the "Keep me logged in" cookie's name; behind HTTPS, {@code __Host-remember-me}
 *        makes browsers keep it to this host and to HTTPS (OWASP ASVS 5.0 3.3.1, 3.3.3)
 */
@ConfigurationProperties("studyportal.security.session")
record SessionProperties(
        @DefaultValue("12h") Duration absoluteTimeout,
        @DefaultValue("14d") Duration rememberMe,
        @DefaultValue("10s") Duration revocationCheckInterval,
        @DefaultValue("remember-me") String rememberMeCookie) {}
