package dev.studyportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    static final CommonPasswords COMMON = new CommonPasswords();
    final PasswordPolicy policy = new PasswordPolicy(COMMON);

    @Test
    void eight_characters_are_enough_and_seven_are_not() {
        assertThatCode(() -> policy.check("kq7 zmv8", "ada")).doesNotThrowAnyException();
        assertThat(messageFor("kq7 zmv", "ada")).contains("at least 8 characters");
    }

    @Test
    void a_long_passphrase_of_128_characters_is_allowed_and_129_are_not() {
        String of128 = "correct horse battery staple ".repeat(5).substring(0, 128);
        assertThatCode(() -> policy.check(of128, "ada")).doesNotThrowAnyException();
        assertThat(messageFor(of128 + "x", "ada")).contains("at most 128");
    }

    @Test
    void characters_are_counted_not_utf16_units() {
        assertThatCode(() -> policy.check("🐢🐢🐢🐢🐢🐢🐢🐢", "ada")).doesNotThrowAnyException();
    }

    @Test
    void no_composition_rules_apply() {
        assertThatCode(() -> policy.check("all lower case words", "ada")).doesNotThrowAnyException();
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThat(messageFor("password", "ada")).contains("most common passwords");
        assertThat(messageFor("Baseball", "ada")).contains("most common passwords");
        assertThat(messageFor("QWERTYUIOP", "ada")).contains("most common passwords");
        assertThat(messageFor("1qaz2wsx", "ada")).contains("most common passwords");
    }

    @Test
    void the_username_is_refused_as_a_password() {
        assertThat(messageFor("ada.lovelace", "Ada.Lovelace")).contains("must not be your username");
        assertThat(messageFor("ada.lovelace2026!", "Ada.Lovelace")).contains("must not be your username");
    }

    @Test
    void the_portals_own_name_with_a_few_digits_is_refused() {
        assertThat(messageFor("StudyPortal", "ada")).contains("the portal's name");
        assertThat(messageFor("study portal 2026", "ada")).contains("the portal's name");
        assertThat(messageFor("interview123!", "ada")).contains("the portal's name");
        assertThatCode(() -> policy.check("studyportal is where I prepare", "ada"))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("84736251 90", "2024")).doesNotThrowAnyException();
    }

    @Test
    void the_shipped_list_holds_ten_thousand_passwords_none_too_short_to_matter() {
        assertThat(COMMON.size()).isEqualTo(10_000);
        assertThat(COMMON.contains("1234567")).isFalse();
    }

    private String messageFor(String password, String username) {
        return assertThatThrownBy(() -> policy.check(password, username))
                .isInstanceOf(InvalidAccountDetailsException.class)
                .satisfies(e ->
                        assertThat(((InvalidAccountDetailsException) e).field()).isEqualTo("password"))
                .actual()
                .getMessage();
    }
}
