package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Reset links from request to use. A {@link PasswordResetRequested} event is what the portal mails,
 * so "no event" here is "no mail" there.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
@RecordApplicationEvents
class PasswordResetsMariaDbTest {

    static final String PASSWORD = "the password before";
    static final String NEW_PASSWORD = "a fresh start at last";

    @Autowired
    PasswordResets resets;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    LoginLockouts lockouts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEvents events;

    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        DatabaseCleaner.empty(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        clock.set(Instant.parse("2026-03-01T10:00:00Z"));
        accounts.create(new SignUp("root", "Root", null, PASSWORD), EnumSet.of(Role.ADMIN, Role.LEARNER));
        accounts.create(new SignUp("ada", "Ada Lovelace", "Ada@Example.com", PASSWORD), EnumSet.of(Role.LEARNER));
    }

    @Test
    void a_username_gets_a_link_of_256_random_bits_of_which_only_the_hash_is_stored() {
        resets.request(" ADA ");

        PasswordResetRequested mailed = onlyLink();
        assertThat(mailed.username()).isEqualTo("ada");
        assertThat(mailed.email()).isEqualTo("Ada@Example.com");
        assertThat(Base64.getUrlDecoder().decode(mailed.token())).hasSize(32);
        assertThat(mailed.expiresAt()).isEqualTo(mailed.requestedAt().plus(Duration.ofMinutes(30)));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM password_reset_token");
        assertThat(row.get("token_hash")).isEqualTo(Sha256.hex(mailed.token()));
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(mailed.token()));
        assertThat(mailed.toString()).doesNotContain(mailed.token());
        assertThat(resets.usernameFor(mailed.token())).contains("ada");
    }

    @Test
    void an_e_mail_address_finds_its_account_whatever_the_case() {
        resets.request("ada@EXAMPLE.com");

        assertThat(onlyLink().username()).isEqualTo("ada");
    }

    @Test
    void unknown_names_disabled_accounts_and_accounts_without_an_address_get_no_link_and_no_error() {
        accounts.create(new SignUp("grace", "Grace Hopper", "grace@example.com", PASSWORD), EnumSet.of(Role.LEARNER));
        administration.disable("root", "grace");

        resets.request("nobody-by-this-name");
        resets.request("nobody@example.com");
        resets.request("grace");
        resets.request("grace@example.com");
        resets.request("root");
        resets.request("");
        resets.request(null);
        resets.request("x".repeat(300));

        assertThat(events.stream(PasswordResetRequested.class)).isEmpty();
        assertThat(tokenRows()).isZero();
    }

    @Test
    void the_link_sets_a_new_password_once_and_ends_sign_ins() {
        resets.request("ada");
        String token = onlyLink().token();

        assertThat(resets.reset(token, NEW_PASSWORD)).isEqualTo("ada");

        String hash = accounts.findForLogin("ada").orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isFalse();
        assertThat(events.stream(PasswordChanged.class)).containsExactly(new PasswordChanged("ada"));
        assertThat(events.stream(SignInRevoked.class)).containsExactly(new SignInRevoked("ada"));

        assertThat(jdbc.queryForObject("SELECT used_at FROM password_reset_token", Object.class))
                .as("spent, not merely revoked by the password change")
                .isNotNull();
        assertThat(resets.usernameFor(token)).isEmpty();
        assertThatThrownBy(() -> resets.reset(token, "yet another password"))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        e -> assertThat(e.field()).isEqualTo("token"));
        assertThat(passwordEncoder.matches(
                        NEW_PASSWORD, accounts.findForLogin("ada").orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void a_link_works_for_thirty_minutes_and_not_a_moment_longer() {
        resets.request("ada");
        String token = onlyLink().token();

        clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertThat(resets.usernameFor(token)).contains("ada");

        clock.advance(Duration.ofSeconds(1));
        assertThat(resets.usernameFor(token)).isEmpty();
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        e -> assertThat(e.field()).isEqualTo("token"));
    }

    @Test
    void a_newer_link_revokes_the_older_one() {
        resets.request("ada");
        clock.advance(Duration.ofMinutes(1));
        resets.request("ada@example.com");
        List<String> tokens = events.stream(PasswordResetRequested.class)
                .map(PasswordResetRequested::token)
                .toList();
        assertThat(tokens).hasSize(2).doesNotHaveDuplicates();

        assertThat(resets.usernameFor(tokens.get(0))).isEmpty();
        assertThatThrownBy(() -> resets.reset(tokens.get(0), NEW_PASSWORD))
                .isInstanceOf(InvalidAccountDetailsException.class);
        assertThat(resets.reset(tokens.get(1), NEW_PASSWORD)).isEqualTo("ada");
    }

    @Test
    void unknown_and_mangled_tokens_reset_nothing() {
        resets.request("ada");
        String token = onlyLink().token();

        for (String wrong :
                new String[] {"", " ", token.substring(1), token + "A", token.toUpperCase(), "x".repeat(5000)}) {
            assertThat(resets.usernameFor(wrong)).as(wrong).isEmpty();
            assertThatThrownBy(() -> resets.reset(wrong, NEW_PASSWORD))
                    .as(wrong)
                    .isInstanceOf(InvalidAccountDetailsException.class);
        }
        assertThat(resets.usernameFor(null)).isEmpty();
        assertThat(passwordEncoder.matches(
                        PASSWORD, accounts.findForLogin("ada").orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void a_password_the_policy_refuses_is_shown_and_the_link_keeps_working() {
        resets.request("ada");
        String token = onlyLink().token();

        assertThatThrownBy(() -> resets.reset(token, "short"))
                .isInstanceOfSatisfying(InvalidAccountDetailsException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains("at least 8");
                });
        assertThatThrownBy(() -> resets.reset(token, "password1")).hasMessageContaining("most common");

        assertThat(resets.usernameFor(token)).contains("ada");
        assertThat(events.stream(SignInRevoked.class)).isEmpty();
        assertThat(resets.reset(token, NEW_PASSWORD)).isEqualTo("ada");
    }

    @Test
    void at_most_three_links_an_hour_reach_one_mailbox_even_through_several_accounts() {
        accounts.create(
                new SignUp("ada2", "Ada's second account", "ada@example.com", PASSWORD), EnumSet.of(Role.LEARNER));
        resets.request("ada");
        resets.request("ada2");
        clock.advance(Duration.ofMinutes(10));
        resets.request("ada");
        resets.request("ada");
        resets.request("ada2");
        resets.request("ada@example.com");
        assertThat(events.stream(PasswordResetRequested.class)).hasSize(PasswordResets.LINKS_PER_HOUR);

        // The hour is counted from each link: the first two leave the window 50 minutes later.
        clock.advance(Duration.ofMinutes(50).plusSeconds(1));
        resets.request("ada");
        assertThat(events.stream(PasswordResetRequested.class)).hasSize(PasswordResets.LINKS_PER_HOUR + 1);
    }

    @Test
    void an_address_shared_by_two_accounts_gets_a_link_for_each() {
        accounts.create(
                new SignUp("ada2", "Ada's second account", "ada@example.com", PASSWORD), EnumSet.of(Role.LEARNER));

        resets.request("ada@example.com");

        assertThat(events.stream(PasswordResetRequested.class).map(PasswordResetRequested::username))
                .containsExactly("ada", "ada2");
    }

    @Test
    void the_link_lifts_a_login_lockout() {
        for (int i = 0; i < LoginLockouts.POLICY.maxFailures(); i++) {
            lockouts.recordFailure("ada");
        }
        assertThat(lockouts.lockedFor("ada")).isPresent();
        resets.request("ada");

        resets.reset(onlyLink().token(), NEW_PASSWORD);

        assertThat(lockouts.lockedFor("ada")).isEmpty();
    }

    @Test
    void a_password_changed_otherwise_or_a_disabled_account_revokes_open_links() {
        resets.request("ada");
        String token = onlyLink().token();
        accounts.changePassword("ada", PASSWORD, NEW_PASSWORD);
        assertThat(resets.usernameFor(token)).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        resets.request("ada");
        String second =
                events.stream(PasswordResetRequested.class).toList().getLast().token();
        administration.disable("root", "ada");
        administration.enable("root", "ada");
        assertThat(resets.usernameFor(second)).isEmpty();
        assertThatThrownBy(() -> resets.reset(second, "a third password"))
                .isInstanceOf(InvalidAccountDetailsException.class);
    }

    @Test
    void a_link_of_an_account_disabled_since_does_not_work() {
        resets.request("ada");
        String token = onlyLink().token();
        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE username = 'ada'");

        assertThat(resets.usernameFor(token)).isEmpty();
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD)).isInstanceOf(InvalidAccountDetailsException.class);
    }

    @Test
    void a_deleted_account_takes_its_links_with_it() {
        resets.request("ada");

        accounts.deleteOwnAccount("ada", "ada", PASSWORD);

        assertThat(accounts.exists("ada")).isFalse();
        assertThat(tokenRows()).isZero();
    }

    @Test
    void links_are_forgotten_a_day_after_they_expire() {
        resets.request("ada");
        clock.advance(Duration.ofMinutes(30).plusDays(1));
        assertThat(resets.forgetExpired()).isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(resets.forgetExpired()).isOne();
        assertThat(tokenRows()).isZero();
    }

    private PasswordResetRequested onlyLink() {
        List<PasswordResetRequested> links =
                events.stream(PasswordResetRequested.class).toList();
        assertThat(links).hasSize(1);
        return links.getFirst();
    }

    private int tokenRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM password_reset_token", Integer.class);
    }
}
