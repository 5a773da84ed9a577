package dev.studyportal.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 hash of a secret the portal hands out once (an invitation code, a reset link's token), as
 * 64 hex digits. A fast hash is enough for such secrets: they are random and far too long to guess, so a
 * stolen table of hashes lets nobody in, and the hash still finds the row the secret belongs to.
 */
final class Sha256 {

    private Sha256() {}

    static String hex(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
