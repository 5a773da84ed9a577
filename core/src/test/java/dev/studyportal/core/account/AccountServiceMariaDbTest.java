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
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class AccountServiceMariaDbTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void noAccounts() {
        DatabaseCleaner.empty(dataSource);
    }

    @Test
    void the_first_account_administers_the_portal_and_later_ones_learn() {
        AccountSummary first = accounts.signUp(new SignUp("Ada", "Ada Lovelace", null, "analytical engine"));
        AccountSummary second = accounts.signUp(new SignUp("grace", "Grace Hopper", "grace@example.com", "compilers rock"));

        assertThat(first.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.LEARNER);
        assertThat(second.roles()).containsExactly(Role.LEARNER);
        assertThat(first.username()).isEqualTo("ada");
    }

    @Test
    void the_password_is_stored_as_a_bcrypt_hash() {
        accounts.signUp(new SignUp("ada", "Ada", null, "analytical engine"));

        LoginAccount login = accounts.findForLogin("ADA").orElseThrow();
        assertThat(login.passwordHash()).startsWith("{bcrypt}").doesNotContain("analytical");
        assertThat(passwordEncoder.matches("analytical engine", login.passwordHash())).isTrue();
    }

    @Test
    void a_taken_username_is_refused_whatever_its_case() {
        accounts.signUp(new SignUp("ada", "Ada", null, "analytical engine"));

        assertThatThrownBy(() -> accounts.signUp(new SignUp("ADA", "Other Ada", null, "another password")))
                .isInstanceOf(InvalidAccountDetailsException.class)
                .satisfies(e -> assertThat(((InvalidAccountDetailsException) e).field()).isEqualTo("username"));
    }

    @Test
    void bad_details_name_the_field_they_belong_to() {
        assertThat(fieldOf(new SignUp("a", "Ada", null, "analytical engine"))).isEqualTo("username");
        assertThat(fieldOf(new SignUp("ada", " ", null, "analytical engine"))).isEqualTo("displayName");
        assertThat(fieldOf(new SignUp("ada", "Ada", "not-an-address", "analytical engine"))).isEqualTo("email");
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
