package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
@RecordApplicationEvents
class TwoStepSignInMariaDbTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void aLearner() {
        DatabaseCleaner.empty(dataSource);
        clock.set(Instant.parse("2026-11-26T10:00:00Z"));
        accounts.create(new SignUp("ada", "Ada", null, PASSWORD), EnumSet.of(Role.LEARNER));
    }

    @Test
    void it_is_turned_on_only_with_a_code_of_the_new_secret_and_then_asked_at_every_login() {
        TwoStepSetup setup = twoStep.newSetup("ada");
        assertThat(setup.uri())
                .startsWith("otpauth://totp/Study%20Portal:ada?secret=" + setup.secret() + "&issuer=Study%20Portal");
        assertThat(setup.secret()).hasSize(32); // 160 bits

        assertThatThrownBy(() -> twoStep.turnOn("ada", setup, "000000"))
                .isInstanceOf(InvalidAccountDetailsException.class)
                .hasMessageContaining("not the code your app shows");
        assertThat(twoStep.isOn("ada")).isFalse();
        assertThat(twoStep.passes("ada", null))
                .as("without two-step sign-in the password is enough")
                .isTrue();

        twoStep.turnOn("ada", setup, codeAt(setup, clock.instant()));
        assertThat(twoStep.isOn("ada")).isTrue();

        clock.advance(Duration.ofSeconds(30));
        assertThat(twoStep.passes("ada", null)).isFalse();
        assertThat(twoStep.passes("ada", "123456")).isFalse();
        assertThat(twoStep.passes("ADA", codeAt(setup, clock.instant()))).isTrue();
    }

    @Test
    void a_code_is_taken_once_and_never_an_older_one_after_it() {
        TwoStepSetup setup = twoStep.newSetup("ada");
        twoStep.turnOn("ada", setup, codeAt(setup, clock.instant()));
        clock.advance(Duration.ofMinutes(1));
        String now = codeAt(setup, clock.instant());
        String earlier = codeAt(setup, clock.instant().minusSeconds(30));

        assertThat(twoStep.passes("ada", now)).isTrue();
        assertThat(twoStep.passes("ada", now))
                .as("seen over a shoulder, used again")
                .isFalse();
        assertThat(twoStep.passes("ada", earlier))
                .as("within the window, but older than one taken")
                .isFalse();
    }

    @Test
    void it_is_turned_off_with_the_password_or_by_an_administrator() {
        TwoStepSetup setup = twoStep.newSetup("ada");
        twoStep.turnOn("ada", setup, codeAt(setup, clock.instant()));

        assertThatThrownBy(() -> twoStep.turnOff("ada", "a wrong password"))
                .isInstanceOf(InvalidAccountDetailsException.class)
                .hasMessageContaining("not your current password");
        assertThat(twoStep.isOn("ada")).isTrue();
        twoStep.turnOff("ada", PASSWORD);
        assertThat(twoStep.isOn("ada")).isFalse();

        TwoStepSetup again = twoStep.newSetup("ada");
        twoStep.turnOn("ada", again, codeAt(again, clock.instant()));
        twoStep.turnOffFor("root", "ada");
        assertThat(twoStep.passes("ada", null)).isTrue();
    }

    @Test
    void turning_it_on_or_off_ends_the_persons_other_sign_ins() {
        SignInStamp before = accounts.findForLogin("ada").orElseThrow().stamp();
        TwoStepSetup setup = twoStep.newSetup("ada");
        twoStep.turnOn("ada", setup, codeAt(setup, clock.instant()));
        assertThat(accounts.isCurrent(before)).isFalse();
        SignInStamp on = accounts.findForLogin("ada").orElseThrow().stamp();

        twoStep.turnOff("ada", PASSWORD);
        assertThat(accounts.isCurrent(on)).isFalse();
        SignInStamp off = accounts.findForLogin("ada").orElseThrow().stamp();
        twoStep.turnOn("ada", setup, codeAt(setup, clock.instant().plusSeconds(30)));
        twoStep.turnOffFor("root", "ada");

        assertThat(accounts.isCurrent(off)).isFalse();
        assertThat(events.stream(TwoStepChanged.class)).hasSize(3);
        assertThat(events.stream(SignInRevoked.class))
                .extracting(SignInRevoked::username)
                .containsExactly("ada");
    }

    @Test
    void another_persons_setup_cannot_be_turned_on_for_oneself() {
        accounts.create(new SignUp("bob", "Bob", null, PASSWORD), EnumSet.of(Role.LEARNER));
        TwoStepSetup adas = twoStep.newSetup("ada");

        assertThatThrownBy(() -> twoStep.turnOn("bob", adas, codeAt(adas, clock.instant())))
                .isInstanceOf(InvalidAccountDetailsException.class);
    }

    private static String codeAt(TwoStepSetup setup, Instant at) {
        return Totp.code(Base32.decode(setup.secret()), Totp.step(at));
    }
}
