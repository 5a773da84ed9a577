package dev.studyportal.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.account.UsernameTakenException;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-up may say a name is taken, but one address only learns ten names a quarter of an hour. */
@PortalTest
class SignUpAttemptsTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    SignUpAttempts signUps;

    @BeforeEach
    void freshCounts() {
        TestLearners.ensure(accounts, "someone-taken");
        signUps = new SignUpAttempts(accounts, clock);
    }

    @Test
    void the_tenth_taken_name_from_one_address_closes_sign_up_to_it_for_fifteen_minutes() {
        for (int attempt = 1; attempt < 10; attempt++) {
            assertThatThrownBy(() -> signUps.signUp(taken(), null, "10.8.1.1"))
                    .isInstanceOf(UsernameTakenException.class);
        }
        assertThatThrownBy(() -> signUps.signUp(taken(), null, "10.8.1.1"))
                .isNotInstanceOf(UsernameTakenException.class)
                .hasMessageContaining("Too many sign-up attempts")
                .hasMessageContaining("15 minutes");

        // Refused whatever the name now, so the answer says nothing more about which names exist.
        assertThatThrownBy(() -> signUps.signUp(free("throttled-newcomer"), null, "10.8.1.1"))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        refused -> assertThat(refused.getMessage()).contains("Too many sign-up attempts"));
        assertThat(TestLearners.exists(accounts, "throttled-newcomer")).isFalse();

        signUps.signUp(free("neighbour-newcomer"), null, "10.8.1.2");
        assertThat(TestLearners.exists(accounts, "neighbour-newcomer")).isTrue();

        clock.advance(Duration.ofMinutes(15));
        signUps.signUp(free("throttled-newcomer"), null, "10.8.1.1");
        assertThat(TestLearners.exists(accounts, "throttled-newcomer")).isTrue();
    }

    @Test
    void refusals_that_reveal_nothing_are_not_counted() {
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThatThrownBy(
                            () -> signUps.signUp(new SignUp("typo-newcomer", "Typo", null, "short"), null, "10.8.2.1"))
                    .isInstanceOfSatisfying(
                            InvalidAccountDetailsException.class,
                            refused -> assertThat(refused.field()).isEqualTo("password"));
        }
        signUps.signUp(free("typo-newcomer"), null, "10.8.2.1");
        assertThat(TestLearners.exists(accounts, "typo-newcomer")).isTrue();
    }

    private static SignUp taken() {
        return new SignUp("someone-taken", "Someone", null, PASSWORD);
    }

    private static SignUp free(String username) {
        return new SignUp(username, "Newcomer", null, PASSWORD);
    }
}
