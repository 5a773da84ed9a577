package dev.studyportal.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentAdministratorTest {

    private final CurrentAdministrator administrator = new CurrentAdministrator(new AuthenticationContext());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_administrator_is_named() {
        signIn("curator", "ROLE_LEARNER", "ROLE_ADMIN");

        assertThat(administrator.username()).isEqualTo("curator");
    }

    @Test
    void a_learner_is_refused() {
        signIn("ana", "ROLE_LEARNER", "ROLE_INSTRUCTOR");

        assertThatThrownBy(administrator::username).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_is_refused() {
        assertThatThrownBy(administrator::username).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static void signIn(String username, String... authorities) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(username, "secret", authorities);
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
    }
}
