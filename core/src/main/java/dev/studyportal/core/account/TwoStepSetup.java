package dev.studyportal.core.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A new secret for a person's authenticator app, before it is turned on: the key to type, grouped in
 * fours, and the {@code otpauth://} address a phone opens to add it.
 */
public record TwoStepSetup(String username, String secret) {

    static final String ISSUER = "Study Portal";

    /** The key as people type it: groups of four. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** Google Authenticator's key-URI format, which the other apps read too. */
    public String uri() {
        String issuer = encode(ISSUER);
        return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + secret + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.PERIOD.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
