package dev.studyportal.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.SignInStamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.CannotCreateTransactionException;

/** The check's own rules, on one session, without the portal: when it asks, and what it does with no answer. */
class RevokedSignInCheckTest {

    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    static final SignInStamp STAMP = new SignInStamp(42, 3);

    final AccountService accounts = mock(AccountService.class);
    final RevokedSignInCheck check =
            new RevokedSignInCheck(accounts, Duration.ofSeconds(10), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_session_asks_the_database_at_most_once_per_interval() throws Exception {
        when(accounts.isCurrent(STAMP)).thenReturn(true);
        MockHttpSession session = signedIn(new PortalUser("ada", "", true, false, List.of(), STAMP, false));

        request(session);
        assertThat(session.getAttribute(RevokedSignInCheck.CHECKED_AT)).isEqualTo(NOW);

        when(accounts.isCurrent(STAMP)).thenReturn(false);
        session.setAttribute(RevokedSignInCheck.CHECKED_AT, NOW.minusSeconds(9));
        request(session);
        assertThat(session.isInvalid())
                .as("checked 9 s ago: not asked again yet")
                .isFalse();

        session.setAttribute(RevokedSignInCheck.CHECKED_AT, NOW.minusSeconds(10));
        request(session);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void while_the_database_is_out_of_reach_the_session_goes_on_and_is_checked_at_its_next_request() throws Exception {
        when(accounts.isCurrent(any())).thenThrow(new CannotCreateTransactionException("Connection refused"));
        MockHttpSession session = signedIn(new PortalUser("ada", "", true, false, List.of(), STAMP, false));

        MockFilterChain chain = request(session);

        assertThat(chain.getRequest())
                .as("the request went on, to be told of the outage by the page")
                .isNotNull();
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getAttribute(RevokedSignInCheck.CHECKED_AT))
                .as("not counted as checked")
                .isNull();
    }

    @Test
    void a_session_whose_person_carries_no_stamp_cannot_be_vouched_for_and_ends() throws Exception {
        MockHttpSession session =
                signedIn(User.withUsername("ada").password("").roles("LEARNER").build());

        request(session);

        assertThat(session.isInvalid()).isTrue();
    }

    private static MockHttpSession signedIn(Object principal) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, AuthorityUtils.NO_AUTHORITIES)));
        return session;
    }

    private MockFilterChain request(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        check.doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }
}
