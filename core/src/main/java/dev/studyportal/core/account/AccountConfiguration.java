package dev.studyportal.core.account;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /**
     * bcrypt's work factor: each step doubles the cost of a guess. 12 takes a few hundred
     * milliseconds here, which a person logging in does not notice and an attacker with a stolen
     * table does. Hashes made with a lower factor still verify and are upgraded at the next login.
     */
    static final int BCRYPT_STRENGTH = 12;

    /**
     * Delegating, so every stored hash names its algorithm ({@code {bcrypt}...}) and a later change
     * of algorithm leaves existing hashes working. Only bcrypt is accepted: the portal never stored
     * anything else, and the factory's other entries (MD5, SHA-1, plain text) would only be ways in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(BCRYPT_STRENGTH)));
    }
}
