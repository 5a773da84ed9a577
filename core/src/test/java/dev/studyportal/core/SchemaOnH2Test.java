package dev.studyportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.PasswordResetRequested;
import dev.studyportal.core.account.PasswordResets;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.content.ContentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The embedded default: the same migrations and mapping must hold on H2 in MySQL mode. */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties =
                "spring.datasource.url=jdbc:h2:mem:schema-on-h2;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE")
@RecordApplicationEvents
class SchemaOnH2Test {

    @Autowired
    ContentService content;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResets resets;

    @Autowired
    ApplicationEvents events;

    @Test
    void migrations_and_mapping_agree_on_h2_in_mysql_mode() {
        accounts.signUp(new SignUp("ada", "Ada", null, "analytical engine"));

        assertThat(accounts.exists("ada")).isTrue();
        assertThat(content.sections()).isEmpty();
    }

    @Test
    void a_reset_link_is_made_found_by_address_and_spent_on_h2() {
        accounts.signUp(new SignUp("grace", "Grace", "Grace@Example.com", "a compiler of one's own"));

        resets.request("grace@example.com");
        String token = events.stream(PasswordResetRequested.class)
                .findFirst()
                .orElseThrow()
                .token();

        assertThat(resets.reset(token, "nanoseconds of wire")).isEqualTo("grace");
        assertThat(resets.usernameFor(token)).isEmpty();
    }
}
