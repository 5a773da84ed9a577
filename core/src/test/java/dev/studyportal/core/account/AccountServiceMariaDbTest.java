package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
@RecordApplicationEvents
class AccountServiceMariaDbTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void noAccounts() {
        DatabaseCleaner.empty(dataSource);
    }

    @Test
    void the_first_account_administers_the_portal_and_later_ones_learn() {
        AccountSummary first = accounts.signUp(new SignUp("Ada", "Ada Lovelace", null, "analytical engine"));
        AccountSummary second =
                accounts.signUp(new SignUp("grace", "Grace Hopper", "grace@example.com", "compilers rock"));

        assertThat(first.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.LEARNER);
        assertThat(second.roles()).containsExactly(Role.LEARNER);
        assertThat(first.username()).isEqualTo("ada");
    }

    @Test
    void the_password_is_stored_as_an_argon2id_hash_with_owasp_costs() {
        accounts.signUp(new SignUp("ada", "Ada", null, "analytical engine"));

        LoginAccount login = accounts.findForLogin("ADA").orElseThrow();
        assertThat(login.passwordHash())
                .startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain("analytical");
        assertThat(passwordEncoder.matches("analytical engine", login.passwordHash()))
                .isTrue();
        assertThat(passwordEncoder.upgradeEncoding(login.passwordHash())).isFalse();
    }

    @Test
    void bcrypt_hashes_of_earlier_versions_still_verify_and_ask_for_an_upgrade() {
        for (int factor : new int[] {10, 12}) {
            String earlier = "{bcrypt}" + new BCryptPasswordEncoder(factor).encode("analytical engine");

            assertThat(passwordEncoder.matches("analytical engine", earlier)).isTrue();
            assertThat(passwordEncoder.upgradeEncoding(earlier)).isTrue();
        }
    }

    @Test
    void the_longest_allowed_password_is_stored_whole_even_beyond_bcrypts_72_bytes() {
        String passphrase = "é".repeat(PasswordPolicy.MAX_LENGTH); // 256 bytes in UTF-8
        accounts.signUp(new SignUp("ada", "Ada", null, passphrase));

        String hash = accounts.findForLogin("ada").orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches(passphrase, hash)).isTrue();
        // bcrypt would have ignored everything after the 72nd byte; every character counts here.
        assertThat(passwordEncoder.matches("é".repeat(PasswordPolicy.MAX_LENGTH - 1) + "e", hash))
                .isFalse();
    }

    @Test
    void a_common_password_or_the_username_is_refused_at_sign_up() {
        assertThatThrownBy(() -> accounts.signUp(new SignUp("ada", "Ada", null, "iloveyou")))
                .hasMessageContaining("most common passwords");
        assertThatThrownBy(() -> accounts.signUp(new SignUp("ada.lovelace", "Ada", null, "Ada.Lovelace")))
                .hasMessageContaining("must not be your username");
        assertThat(repository.count()).isZero();
    }

    @Test
    void a_password_is_changed_with_the_current_one_and_the_change_is_announced() {
        accounts.signUp(new SignUp("ada", "Ada", null, "analytical engine"));

        accounts.changePassword("ada", "analytical engine", "difference engine");

        String hash = accounts.findForLogin("ada").orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("difference engine", hash)).isTrue();
        assertThat(passwordEncoder.matches("analytical engine", hash)).isFalse();
        assertThat(events.stream(PasswordChanged.class)).containsExactly(new PasswordChanged("ada"));
    }

    @Test
    void a_wrong_current_password_or_a_weak_new_one_changes_nothing() {
        accounts.signUp(new SignUp("ada", "Ada", null, "analytical engine"));
        String before = accounts.findForLogin("ada").orElseThrow().passwordHash();

        assertThat(changeRefusedOn("wrong guess", "difference engine")).isEqualTo("currentPassword");
        assertThat(changeRefusedOn("analytical engine", "password1")).isEqualTo("password");
        assertThat(changeRefusedOn("analytical engine", "short")).isEqualTo("password");

        assertThat(accounts.findForLogin("ada").orElseThrow().passwordHash()).isEqualTo(before);
        assertThat(events.stream(PasswordChanged.class)).isEmpty();
    }

    private String changeRefusedOn(String current, String next) {
        try {
            accounts.changePassword("ada", current, next);
        } catch (InvalidAccountDetailsException e) {
            return e.field();
        }
        throw new AssertionError("Expected the change to be refused");
    }

    @Test
    void a_taken_username_is_refused_whatever_its_case() {
        accounts.signUp(new SignUp("ada", "Ada", null, "analytical engine"));

        assertThatThrownBy(() -> accounts.signUp(new SignUp("ADA", "Other Ada", null, "another password")))
                .isInstanceOf(InvalidAccountDetailsException.class)
                .satisfies(e ->
                        assertThat(((InvalidAccountDetailsException) e).field()).isEqualTo("username"));
    }

    @Test
    void bad_details_name_the_field_they_belong_to() {
        assertThat(fieldOf(new SignUp("a", "Ada", null, "analytical engine"))).isEqualTo("username");
        assertThat(fieldOf(new SignUp("ada", " ", null, "analytical engine"))).isEqualTo("displayName");
        assertThat(fieldOf(new SignUp("ada", "Ada", "not-an-address", "analytical engine")))
                .isEqualTo("email");
        assertThat(fieldOf(new SignUp("ada", "Ada", null, "short"))).isEqualTo("password");
        assertThat(repository.count()).isZero();
    }

    private String fieldOf(SignUp request) {
        try {
            accounts.signUp(request);
        } catch (InvalidAccountDetailsException e) {
            return e.field();
        }
        throw new AssertionError("Expected " + request + " to be refused");
    }
}
