package dev.studyportal.importer.source;

import java.util.Objects;

/**
 * A username with a password or access token for an HTTPS Git server. Both count as secret: some
 * servers take a token as the username. Neither is ever printed, not even by {@link #toString()}.
 */
public record GitCredentials(String username, String password) {

    public GitCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** Replaces the secrets in a text from elsewhere, such as a Git server's error, before it is shown. */
    String redact(String text) {
        String redacted = text;
        for (String secret : new String[] {password, username}) {
            // Very short values would blot out ordinary words; they are no secret worth the name anyway.
            if (secret.length() >= 4) {
                redacted = redacted.replace(secret, "***");
            }
        }
        return redacted;
    }

    @Override
    public String toString() {
        return "GitCredentials[***]";
    }
}
