package dev.studyportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.content.ContentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default: the same migrations and mapping must hold on H2 in MySQL mode. */
@SpringBootTest(classes = CoreTestApplication.class, properties =
        "spring.datasource.url=jdbc:h2:mem:schema-on-h2;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE")
class SchemaOnH2Test {

    @Autowired
    ContentService content;
    @Autowired
    AccountService accounts;

    @Test
    void migrations_and_mapping_agree_on_h2_in_mysql_mode() {
        accounts.signUp(new SignUp("ada", "Ada", null, "analytical engine"));

        assertThat(accounts.exists("ada")).isTrue();
        assertThat(content.sections()).isEmpty();
    }
}
