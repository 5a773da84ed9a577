package dev.studyportal.core.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226), as every authenticator app makes them:
 * HMAC-SHA1, six digits, a new code every 30 seconds. A code is accepted one step early or late, for
 * clocks that drift and people who type slowly.
 */
public final class Totp {

    public static final Duration PERIOD = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    private static final int STEPS_EITHER_SIDE = 1;

    private Totp() {}

    /** The step a moment falls in: the count of whole periods since 1970. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD.toSeconds());
    }

    /** The code an app holding this (base32) secret shows at that moment. */
    public static String codeAt(String secret, Instant at) {
        return code(Base32.decode(secret), step(at));
    }

    /** The code of a step, as the person's app shows it. */
    public static String code(byte[] key, long step) {
        return truncate(hmac(key, step), DIGITS);
    }

    static String truncate(byte[] hash, int digits) {
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int modulus = (int) Math.pow(10, digits);
        return String.format("%0" + digits + "d", binary % modulus);
    }

    /** The step whose code this is, near {@code now}; empty when it is no code of then. */
    static OptionalLong matchingStep(byte[] key, @Nullable String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - STEPS_EITHER_SIDE; step <= current + STEPS_EITHER_SIDE; step++) {
            if (MessageDigest.isEqual(
                    code(key, step).getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static byte[] hmac(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] counter = new byte[8];
            for (int i = 7; i >= 0; i--) {
                counter[i] = (byte) (step & 0xff);
                step >>= 8;
            }
            return mac.doFinal(counter);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every Java runtime", e);
        }
    }
}
