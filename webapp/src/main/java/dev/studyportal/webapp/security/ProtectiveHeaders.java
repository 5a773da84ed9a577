package dev.studyportal.webapp.security;

import java.util.function.BiConsumer;

/**
 * The headers every response of the portal carries, for the places that write responses past Spring
 * Security's header filter: Vaadin's bootstrap page and Tomcat's own error page.
 */
final class ProtectiveHeaders {

    private ProtectiveHeaders() {}

    static void write(BiConsumer<String, String> setHeader, boolean secure) {
        setHeader.accept("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        setHeader.accept("X-Frame-Options", "DENY");
        setHeader.accept("X-Content-Type-Options", "nosniff");
        setHeader.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        if (secure) {
            // Spring Security's value (ASVS 3.4.1).
            setHeader.accept("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }
}
