package dev.studyportal.core.account;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes and redeems invitation codes. A code is 28 random characters of 31 (138 bits; ASVS 11.5.1 asks
 * for at least 128 of a secret token), far too many to guess, so a fast SHA-256 hash is enough to keep a stolen table from letting anyone in; it also lets a code
 * be found by its hash. Runs inside its caller's transaction.
 */
@Component
class InviteCodes {

    /** No 0/O or 1/I/L, so a code read aloud or copied by hand comes out right. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int LENGTH = 28;

    private final InviteCodeRepository codes;
    private final SecureRandom random = new SecureRandom();

    InviteCodes(InviteCodeRepository codes) {
        this.codes = codes;
    }

    /** @return the code as the invited person types it; only its hash is stored */
    String issue(String admin, Instant now, Instant expiresAt) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        codes.save(new InviteCode(hash(code.toString()), admin, now, expiresAt));
        return code.toString();
    }

    /** @return whether the code would let someone in now; nothing is used up */
    boolean usable(@Nullable String code, Instant now) {
        return code != null
                && !code.isBlank()
                && codes.findByCodeHash(hash(code))
                        .filter(invite -> invite.usableAt(now))
                        .isPresent();
    }

    /** @return whether the code was good; a good one is used up by this call */
    boolean redeem(@Nullable String code, String username, Instant now) {
        if (code == null || code.isBlank()) {
            return false;
        }
        return codes.lockByCodeHash(hash(code))
                .filter(invite -> invite.usableAt(now))
                .map(invite -> {
                    invite.redeem(username, now);
                    return true;
                })
                .orElse(false);
    }

    long usable(Instant now) {
        return codes.countUsable(now);
    }

    static String hash(String code) {
        return Sha256.hex(code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }
}
