package dev.studyportal.core.account;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /**
     * Argon2id with OWASP's minimum (Password Storage Cheat Sheet): 19 MiB of memory, 2 passes, one
     * lane, a 16-byte salt and a 32-byte hash. Memory-hard, so a stolen table is expensive to guess
     * on graphics cards; 45 ms per check on one core of a quiet 2-core machine, where bcrypt 12 took 286 ms.
     * Unlike bcrypt, it reads the whole password: bcrypt stops at 72 bytes and Spring refuses longer
     * input, while the policy allows 128 characters.
     */
    static PasswordEncoder argon2id() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    /**
     * Delegating, so every stored hash names its algorithm ({@code {argon2}...}) and earlier ones keep
     * working: {@code {bcrypt}} hashes from before Argon2id verify and are re-hashed at the next login.
     * Nothing else is accepted: the factory's other entries (MD5, SHA-1, plain text) would only be ways in.
     * Checks pass a {@link PasswordCheckGate}: {@code atOnce} of them at a time (0, the default, means half the
     * cores and at least one), each waiting at most {@code longestWait} for its turn.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${studyportal.security.password-checks-at-once:0}") int atOnce,
            @Value("${studyportal.security.password-check-wait:10s}") Duration longestWait) {
        return new PasswordCheckGate(
                new DelegatingPasswordEncoder(
                        "argon2", Map.of("argon2", argon2id(), "bcrypt", new BCryptPasswordEncoder())),
                atOnce > 0 ? atOnce : Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                longestWait);
    }
}
