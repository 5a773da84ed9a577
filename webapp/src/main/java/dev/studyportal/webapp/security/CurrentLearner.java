package dev.studyportal.webapp.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's username, which every learner-facing service call names. Taken from the
 * security context only, never from a URL or a form, so nobody can act as someone else.
 */
@Component
public class CurrentLearner {

    private final AuthenticationContext authentication;

    CurrentLearner(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public String username() {
        return authentication
                .getPrincipalName()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No one is signed in"));
    }
}
