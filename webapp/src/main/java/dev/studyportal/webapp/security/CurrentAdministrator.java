package dev.studyportal.webapp.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.studyportal.core.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The signed-in administrator's username, which the admin screens record their actions under. Taken from the
 * security context only, and refused to anyone without the administrator role: a screen built on it cannot act
 * for a learner even if its route lost its {@code @RolesAllowed}. The services check the role again.
 */
@Component
public class CurrentAdministrator {

    private final AuthenticationContext authentication;

    CurrentAdministrator(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public String username() {
        String username = authentication
                .getPrincipalName()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No one is signed in"));
        if (!authentication.hasRole(Role.Names.ADMIN)) {
            throw new AccessDeniedException(username + " is not an administrator");
        }
        return username;
    }
}
