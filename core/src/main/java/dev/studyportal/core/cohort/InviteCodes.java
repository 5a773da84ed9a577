package dev.studyportal.core.cohort;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cohort invitation codes, made like the portal's sign-up codes (core.account): 28 characters of 31 (138
 * bits, more than ASVS 11.5.1's 128 for a secret token), so a fast SHA-256 hash is enough to keep a stolen
 * table from letting anyone in, and the hash still finds the invitation. Grouped by four for reading aloud.
 */
final class InviteCodes {

    /** No 0/O or 1/I/L, so a code read aloud or copied by hand comes out right. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    static final int LENGTH = 28;
    private static final Pattern WELL_FORMED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCodes() {}

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as typed or pasted, without spaces and dashes and in capitals; empty when it cannot be a code
     * (wrong length, a character no code has). A whole link pasted into the code field is taken too.
     */
    static Optional<String> normalized(String typed) {
        String text = typed.strip();
        int slash = text.lastIndexOf('/');
        if (slash >= 0) {
            text = text.substring(slash + 1);
        }
        String code = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return WELL_FORMED.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** The hash of a normalized code. */
    static String hash(String normalizedCode) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalizedCode.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    static String hint(String normalizedCode) {
        return normalizedCode.substring(LENGTH - 4);
    }
}
