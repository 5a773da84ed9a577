package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** When a sign-in stops holding: what every node's sessions are checked against (V9's sign_in_generation). */
@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
@RecordApplicationEvents
class SignInStampMariaDbTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PasswordResets resets;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void anAdminAndALearner() {
        DatabaseCleaner.empty(dataSource);
        accounts.create(new SignUp("root", "Root", null, PASSWORD), EnumSet.of(Role.ADMIN, Role.LEARNER));
        accounts.create(new SignUp("ada", "Ada Lovelace", "ada@example.com", PASSWORD), EnumSet.of(Role.LEARNER));
    }

    @Test
    void a_sign_in_holds_until_its_owner_changes_the_password() {
        SignInStamp before = stampOf("ada");
        assertThat(accounts.isCurrent(before)).isTrue();

        accounts.changePassword("ada", PASSWORD, "a brand new secret");

        assertThat(accounts.isCurrent(before)).isFalse();
        assertThat(accounts.isCurrent(stampOf("ada")))
                .as("a login with the new password holds")
                .isTrue();
    }

    @Test
    void a_refused_password_change_revokes_nothing() {
        SignInStamp before = stampOf("ada");

        assertThatThrownBy(() -> accounts.changePassword("ada", "a wrong guess", "a brand new secret"))
                .isInstanceOf(InvalidAccountDetailsException.class);

        assertThat(accounts.isCurrent(before)).isTrue();
    }

    @Test
    void disabling_ends_every_sign_in_and_enabling_again_does_not_bring_them_back() {
        SignInStamp before = stampOf("ada");

        administration.disable("root", "ada");
        assertThat(accounts.isCurrent(before)).isFalse();
        assertThat(accounts.isCurrent(stampOf("ada")))
                .as("nobody signs in to a disabled account")
                .isFalse();

        administration.enable("root", "ada");
        assertThat(accounts.isCurrent(before)).isFalse();
        assertThat(accounts.isCurrent(stampOf("ada"))).isTrue();
    }

    @Test
    void an_administrators_password_reset_ends_every_sign_in() {
        SignInStamp before = stampOf("ada");

        administration.resetPassword("root", "ada", "a password from the admin");

        assertThat(accounts.isCurrent(before)).isFalse();
    }

    @Test
    void taking_a_role_away_ends_every_sign_in_but_giving_one_does_not() {
        SignInStamp learner = stampOf("ada");
        administration.changeRoles("root", "ada", EnumSet.of(Role.LEARNER, Role.INSTRUCTOR));
        assertThat(accounts.isCurrent(learner))
                .as("more rights can wait for the next login")
                .isTrue();

        SignInStamp instructor = stampOf("ada");
        administration.changeRoles("root", "ada", EnumSet.of(Role.LEARNER));

        assertThat(accounts.isCurrent(instructor))
                .as("a session must not keep a role taken away")
                .isFalse();
        assertThat(events.stream(SignInRevoked.class))
                .extracting(SignInRevoked::username)
                .containsExactly("ada");
    }

    @Test
    void an_administrator_ends_one_persons_sign_ins_or_everyone_elses() {
        accounts.create(new SignUp("grace", "Grace Hopper", null, PASSWORD), EnumSet.of(Role.LEARNER));
        SignInStamp ada = stampOf("ada");
        SignInStamp grace = stampOf("grace");
        SignInStamp root = stampOf("root");

        administration.endSessions("root", "ada");
        assertThat(accounts.isCurrent(ada)).isFalse();
        assertThat(accounts.isCurrent(grace)).isTrue();

        assertThat(administration.endEveryonesSessions("root")).isEqualTo(2);
        assertThat(accounts.isCurrent(grace)).isFalse();
        assertThat(accounts.isCurrent(root))
                .as("the administrator who did it stays")
                .isTrue();
        assertThat(events.stream(SignInRevoked.class))
                .extracting(SignInRevoked::username)
                .containsExactlyInAnyOrder("ada", "ada", "grace");
    }

    @Test
    void a_password_reset_by_a_mailed_link_ends_every_sign_in() {
        SignInStamp before = stampOf("ada");
        resets.request("ada");
        String token = events.stream(PasswordResetRequested.class)
                .findFirst()
                .orElseThrow()
                .token();

        resets.reset(token, "a password from the link");

        assertThat(accounts.isCurrent(before)).isFalse();
        assertThat(accounts.isCurrent(stampOf("ada"))).isTrue();
    }

    @Test
    void a_deleted_accounts_sign_ins_end_and_a_new_account_of_the_same_name_does_not_inherit_them() {
        SignInStamp before = stampOf("ada");

        accounts.deleteOwnAccount("ada", "ada", PASSWORD);
        assertThat(accounts.isCurrent(before)).isFalse();

        accounts.signUp(new SignUp("ada", "Another Ada", null, "another long password"));
        assertThat(stampOf("ada").generation()).isEqualTo(before.generation());
        assertThat(accounts.isCurrent(before)).isFalse();
    }

    @Test
    void a_stronger_hash_replaces_only_the_hash_the_login_checked() {
        String checked = accounts.findForLogin("ada").orElseThrow().passwordHash();
        SignInStamp before = stampOf("ada");
        String stronger = passwordEncoder.encode(PASSWORD);

        accounts.upgradePasswordHash(
                "ada", "{bcrypt}not the stored hash", passwordEncoder.encode("chosen by a caller"));
        assertThat(accounts.findForLogin("ada").orElseThrow().passwordHash()).isEqualTo(checked);

        accounts.upgradePasswordHash("ada", checked, stronger);
        assertThat(accounts.findForLogin("ada").orElseThrow().passwordHash()).isEqualTo(stronger);
        assertThat(stampOf("ada")).as("the same password: sessions go on").isEqualTo(before);
    }

    private SignInStamp stampOf(String username) {
        return accounts.findForLogin(username).orElseThrow().stamp();
    }
}
