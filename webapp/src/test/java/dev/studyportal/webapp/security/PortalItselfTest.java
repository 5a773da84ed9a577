package dev.studyportal.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.Username;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;

/** The portal's own work at start-up (the demo accounts), where nobody is signed in and services still check. */
@PortalTest
class PortalItselfTest {

    @Autowired
    PortalItself portal;

    @Autowired
    AccountService accounts;

    @AfterEach
    void nobodySignedIn() {
        TestLearners.securityContextHolder().clearContext();
    }

    @Test
    void with_nobody_signed_in_an_administrators_service_refuses_and_the_portal_itself_is_let_in() {
        assertThatThrownBy(() -> accounts.exists("admin"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        AtomicBoolean asked = new AtomicBoolean();
        portal.actAsAdministrator(() -> asked.set(!accounts.exists("no-such-account")));

        assertThat(asked).isTrue();
        assertThatThrownBy(() -> accounts.exists("admin"))
                .as("and afterwards nobody is signed in again")
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void whoever_was_signed_in_before_is_signed_in_again_after() {
        SecurityContext learner = TestLearners.securityContextHolder().createEmptyContext();
        learner.setAuthentication(new TestingAuthenticationToken("a-learner", null, "ROLE_LEARNER"));
        TestLearners.securityContextHolder().setContext(learner);

        portal.actAsAdministrator(() -> accounts.exists("no-such-account"));

        assertThat(TestLearners.securityContextHolder()
                        .getContext()
                        .getAuthentication()
                        .getName())
                .isEqualTo("a-learner");
    }

    @Test
    void its_name_is_one_no_account_can_have() {
        assertThatThrownBy(() -> Username.of(PortalItself.NAME)).isInstanceOf(InvalidAccountDetailsException.class);
    }
}
