package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.MutableClock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
@RecordApplicationEvents
class AccountAdministrationMariaDbTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accounts;

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

    @BeforeEach
    void anAdminAndALearner() {
        DatabaseCleaner.empty(dataSource);
        clock.set(Instant.parse("2026-03-01T10:00:00Z"));
        accounts.create(new SignUp("root", "Root", null, PASSWORD), EnumSet.of(Role.ADMIN, Role.LEARNER));
        accounts.create(new SignUp("ada", "Ada Lovelace", "ada@example.com", PASSWORD), EnumSet.of(Role.LEARNER));
    }

    @Test
    void accounts_are_found_by_part_of_their_username_name_or_email() {
        assertThat(names(administration.find("LOVE", PageRequest.of(0, 10)))).containsExactly("ada");
        assertThat(names(administration.find("example.com", PageRequest.of(0, 10))))
                .containsExactly("ada");
        assertThat(names(administration.find("", PageRequest.of(0, 10)))).containsExactly("ada", "root");
        assertThat(administration.count("%")).isZero();
        assertThat(administration.count(null)).isEqualTo(2);
    }

    @Test
    void an_admin_gives_and_takes_roles() {
        administration.changeRoles("root", "ada", EnumSet.of(Role.INSTRUCTOR, Role.ADMIN));
        assertThat(accounts.findByUsername("ada").orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.INSTRUCTOR, Role.ADMIN);

        administration.changeRoles("root", "ada", EnumSet.of(Role.LEARNER));
        assertThat(accounts.findByUsername("ada").orElseThrow().roles()).containsExactly(Role.LEARNER);

        assertThatThrownBy(() -> administration.changeRoles("root", "ada", EnumSet.noneOf(Role.class)))
                .hasMessageContaining("at least one role");
    }

    @Test
    void an_admin_cannot_remove_their_own_admin_role() {
        administration.changeRoles("root", "ada", EnumSet.of(Role.ADMIN));

        assertThatThrownBy(() -> administration.changeRoles("root", "root", EnumSet.of(Role.LEARNER)))
                .isInstanceOf(InvalidAccountDetailsException.class)
                .hasMessageContaining("your own ADMIN role");
        assertThat(accounts.findByUsername("root").orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void the_last_enabled_admin_keeps_the_role_and_stays_enabled() {
        accounts.create(new SignUp("helper", "Helper", null, PASSWORD), EnumSet.of(Role.ADMIN));
        administration.disable("root", "helper");

        // helper is an admin still, but a disabled one: root is the last who can act.
        assertThatThrownBy(() -> administration.changeRoles("helper", "root", EnumSet.of(Role.LEARNER)))
                .hasMessageContaining("last administrator");
        assertThatThrownBy(() -> administration.disable("helper", "root")).hasMessageContaining("last administrator");
        assertThat(accounts.findForLogin("root").orElseThrow().enabled()).isTrue();

        administration.enable("root", "helper");
        administration.changeRoles("helper", "root", EnumSet.of(Role.LEARNER));
        assertThat(accounts.findByUsername("root").orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        assertThatThrownBy(() -> administration.disable("root", "root")).hasMessageContaining("your own account");
    }

    @Test
    void a_disabled_account_is_refused_at_login_and_its_sessions_are_revoked() {
        administration.disable("root", "ada");

        assertThat(accounts.findForLogin("ada").orElseThrow().enabled()).isFalse();
        assertThat(events.stream(SignInRevoked.class)).containsExactly(new SignInRevoked("ada"));
        assertThat(administration.find("ada", PageRequest.of(0, 1)).getFirst().enabled())
                .isFalse();

        administration.enable("root", "ada");
        assertThat(accounts.findForLogin("ada").orElseThrow().enabled()).isTrue();
    }

    @Test
    void a_reset_password_must_pass_the_policy_and_revokes_sign_in() {
        assertThatThrownBy(() -> administration.resetPassword("root", "ada", "short"))
                .isInstanceOf(InvalidAccountDetailsException.class)
                .hasMessageContaining("at least 8");
        assertThat(events.stream(SignInRevoked.class)).isEmpty();

        administration.resetPassword("root", "ada", "a brand new secret");

        String hash = accounts.findForLogin("ada").orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("a brand new secret", hash)).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isFalse();
        assertThat(events.stream(SignInRevoked.class)).containsExactly(new SignInRevoked("ada"));
        assertThat(events.stream(PasswordChanged.class)).containsExactly(new PasswordChanged("ada"));
    }

    @Test
    void a_password_an_admin_set_is_temporary_until_its_owner_chooses_their_own() {
        assertThat(accounts.findForLogin("ada").orElseThrow().passwordChangeDue())
                .isFalse();

        administration.resetPassword("root", "ada", "a brand new secret");
        LoginAccount temporary = accounts.findForLogin("ada").orElseThrow();
        assertThat(temporary.passwordChangeDue()).isTrue();

        // A stronger hash of the same password made at login keeps it temporary.
        accounts.upgradePasswordHash("ada", temporary.passwordHash(), passwordEncoder.encode("a brand new secret"));
        assertThat(accounts.findForLogin("ada").orElseThrow().passwordChangeDue())
                .isTrue();

        accounts.changePassword("ada", "a brand new secret", "one only ada knows");
        assertThat(accounts.findForLogin("ada").orElseThrow().passwordChangeDue())
                .isFalse();
    }

    @Test
    void a_locked_out_account_shows_until_when_and_an_admin_unlocks_it() {
        for (int i = 0; i < LoginLockouts.POLICY.maxFailures(); i++) {
            lockouts.recordFailure("ada");
        }
        ManagedAccount locked = administration.find("ada", PageRequest.of(0, 1)).getFirst();
        assertThat(locked.lockedOutUntil()).isEqualTo(clock.instant().plus(LoginLockouts.POLICY.lockout()));

        administration.unlock("root", "ada");

        assertThat(lockouts.lockedFor("ada")).isEmpty();
        assertThat(administration.find("ada", PageRequest.of(0, 1)).getFirst().lockedOutUntil())
                .isNull();
    }

    private static List<String> names(List<ManagedAccount> found) {
        return found.stream().map(ManagedAccount::username).toList();
    }
}
