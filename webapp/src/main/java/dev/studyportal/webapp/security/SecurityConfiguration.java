package dev.studyportal.webapp.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.studyportal.webapp.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login through the portal's own login view; every view states who may open it (an
 * architecture test checks that), and Vaadin's navigation access control enforces it.
 */
@Configuration
@EnableWebSecurity
// Views carry @PermitAll/@RolesAllowed for Vaadin's navigation check; JSR-250 method security
// stays off, or Spring would proxy every view. Services use @PreAuthorize.
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles.css", "/images/**").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
