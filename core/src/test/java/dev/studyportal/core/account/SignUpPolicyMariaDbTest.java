package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class SignUpPolicyMariaDbTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    SignUpPolicy policy;

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aPortalWithItsAdmin() {
        DatabaseCleaner.empty(dataSource);
        jdbc.update("UPDATE portal_setting SET setting_value = 'OPEN' WHERE name = 'sign-up-mode'");
        clock.set(Instant.parse("2026-03-01T10:00:00Z"));
        accounts.signUp(new SignUp("root", "Root", null, PASSWORD));
    }

    @AfterEach
    void openAgain() {
        policy.changeMode("root", SignUpMode.OPEN);
    }

    @Test
    void sign_up_is_open_until_an_admin_changes_it() {
        assertThat(policy.mode()).isEqualTo(SignUpMode.OPEN);
        accounts.signUp(new SignUp("ada", "Ada", null, PASSWORD));

        policy.changeMode("root", SignUpMode.CLOSED);

        assertThat(policy.mode()).isEqualTo(SignUpMode.CLOSED);
        assertThat(policy.modeForNewcomers()).isEqualTo(SignUpMode.CLOSED);
        assertThatThrownBy(() -> accounts.signUp(new SignUp("grace", "Grace", null, PASSWORD)))
                .isInstanceOf(InvalidAccountDetailsException.class)
                .hasMessageContaining("closed");
        assertThat(accounts.exists("grace")).isFalse();
    }

    @Test
    void the_first_account_becomes_admin_even_when_sign_up_is_closed() {
        policy.changeMode("root", SignUpMode.CLOSED);
        jdbc.update("DELETE FROM user_account_role");
        jdbc.update("DELETE FROM user_account");

        assertThat(policy.modeForNewcomers()).isEqualTo(SignUpMode.OPEN);
        AccountSummary first = accounts.signUp(new SignUp("founder", "Founder", null, PASSWORD));

        assertThat(first.roles()).contains(Role.ADMIN);
        assertThat(policy.modeForNewcomers()).isEqualTo(SignUpMode.CLOSED);
    }

    @Test
    void of_two_first_sign_ups_at_the_same_moment_only_one_becomes_administrator() throws Exception {
        DatabaseCleaner.empty(dataSource);
        CyclicBarrier together = new CyclicBarrier(2);
        try (ExecutorService people = Executors.newFixedThreadPool(2)) {
            List<Future<AccountSummary>> signUps = new ArrayList<>();
            for (String name : List.of("ada", "grace")) {
                signUps.add(people.submit(() -> {
                    together.await();
                    return accounts.signUp(new SignUp(name, name, null, PASSWORD));
                }));
            }
            List<Set<Role>> roles = new ArrayList<>();
            for (Future<AccountSummary> signUp : signUps) {
                roles.add(signUp.get(60, TimeUnit.SECONDS).roles());
            }
            assertThat(roles).filteredOn(r -> r.contains(Role.ADMIN)).hasSize(1);
        } finally {
            DatabaseCleaner.empty(dataSource);
            accounts.signUp(new SignUp("root", "Root", null, PASSWORD)); // for openAgain()
        }
    }

    @Test
    void by_invitation_a_code_lets_in_one_account() {
        policy.changeMode("root", SignUpMode.INVITE_ONLY);
        String code = policy.issueInviteCode("root", Duration.ofDays(7));
        assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){6}"); // 28 of 31 symbols: 138 bits
        assertThat(policy.openInvitations()).isOne();

        assertThatThrownBy(() -> accounts.signUp(new SignUp("ada", "Ada", null, PASSWORD), null))
                .isInstanceOf(InvalidAccountDetailsException.class)
                .satisfies(e ->
                        assertThat(((InvalidAccountDetailsException) e).field()).isEqualTo("inviteCode"));
        assertThat(accounts.exists("ada")).isFalse();

        accounts.signUp(
                new SignUp("ada", "Ada", null, PASSWORD), code.toLowerCase().replace("-", " "));

        assertThat(accounts.exists("ada")).isTrue();
        assertThat(policy.openInvitations()).isZero();
        assertThatThrownBy(() -> accounts.signUp(new SignUp("grace", "Grace", null, PASSWORD), code))
                .hasMessageContaining("unknown, used or expired");
        assertThat(accounts.exists("grace")).isFalse();
    }

    @Test
    void a_code_is_kept_when_the_rest_of_the_sign_up_is_refused() {
        policy.changeMode("root", SignUpMode.INVITE_ONLY);
        String code = policy.issueInviteCode("root", Duration.ofDays(1));

        assertThatThrownBy(() -> accounts.signUp(new SignUp("ada", "Ada", null, "short"), code))
                .hasMessageContaining("at least 8");

        assertThat(policy.openInvitations()).isOne();
        accounts.signUp(new SignUp("ada", "Ada", null, PASSWORD), code);
        assertThat(accounts.exists("ada")).isTrue();
    }

    @Test
    void an_expired_code_lets_nobody_in() {
        policy.changeMode("root", SignUpMode.INVITE_ONLY);
        String code = policy.issueInviteCode("root", Duration.ofDays(1));

        clock.advance(Duration.ofDays(1));

        assertThat(policy.openInvitations()).isZero();
        assertThatThrownBy(() -> accounts.signUp(new SignUp("ada", "Ada", null, PASSWORD), code))
                .hasMessageContaining("expired");
        assertThat(accounts.exists("ada")).isFalse();
    }

    @Test
    void only_the_hash_of_a_code_is_stored() {
        String code = policy.issueInviteCode("root", Duration.ofHours(1));

        String stored = jdbc.queryForObject("SELECT code_hash FROM invite_code", String.class);
        assertThat(stored).hasSize(64).isEqualTo(InviteCodes.hash(code)).doesNotContain(code.replace("-", ""));
        assertThatThrownBy(() -> policy.issueInviteCode("root", Duration.ofDays(31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void without_a_good_code_a_taken_username_is_not_revealed() {
        policy.changeMode("root", SignUpMode.INVITE_ONLY);

        assertThatThrownBy(() -> accounts.signUp(new SignUp("root", "Someone", null, PASSWORD), null))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        refused -> assertThat(refused.field()).isEqualTo("inviteCode"));
        assertThatThrownBy(() -> accounts.signUp(new SignUp("root", "Someone", null, PASSWORD), "NOT-A-REAL-CODE"))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        refused -> assertThat(refused.field()).isEqualTo("inviteCode"));
    }

    @Test
    void a_taken_username_is_revealed_only_once_every_other_field_passes() {
        assertThatThrownBy(() -> accounts.signUp(new SignUp("root", "Someone", null, "short")))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        refused -> assertThat(refused.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.signUp(new SignUp("root", " ", null, PASSWORD)))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        refused -> assertThat(refused.field()).isEqualTo("displayName"));
        assertThatThrownBy(() -> accounts.signUp(new SignUp("root", "Someone", null, PASSWORD)))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        refused -> assertThat(refused.field()).isEqualTo("username"));
    }

    @Test
    void a_good_code_is_kept_when_the_username_turns_out_taken() {
        policy.changeMode("root", SignUpMode.INVITE_ONLY);
        String code = policy.issueInviteCode("root", Duration.ofDays(1));

        assertThatThrownBy(() -> accounts.signUp(new SignUp("root", "Someone", null, PASSWORD), code))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        refused -> assertThat(refused.field()).isEqualTo("username"));

        accounts.signUp(new SignUp("ada", "Ada", null, PASSWORD), code);
        assertThat(accounts.exists("ada")).isTrue();
    }
}
