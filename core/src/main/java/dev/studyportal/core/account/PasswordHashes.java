package dev.studyportal.core.account;

import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security 7 declares {@link PasswordEncoder#encode} nullable because it maps a null password to
 * null; this feature never hashes a null password, so a missing hash is a bug, reported where it happens.
 */
final class PasswordHashes {

    private PasswordHashes() {}

    static String of(PasswordEncoder encoder, String password) {
        return Objects.requireNonNull(encoder.encode(password), "The password encoder returned no hash");
    }
}
