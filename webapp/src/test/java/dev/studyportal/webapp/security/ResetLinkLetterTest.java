package dev.studyportal.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.PasswordResetRequested;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ResetLinkLetterTest {

    static final Instant ASKED = Instant.parse("2026-03-01T10:00:00Z");
    static final String TOKEN = "s3cr3t-t0ken";

    @Test
    void the_letter_says_whose_account_when_in_the_owners_time_how_long_and_what_if_it_was_not_them() {
        ResetLinkLetter letter = letter("Ada Lovelace", ZoneId.of("Europe/Berlin"), Duration.ofMinutes(30));

        assertThat(letter.plainText())
                .contains(
                        "Hello Ada Lovelace,",
                        "account \"ada\"",
                        "1 March 2026 at 11:00 (Central European Standard Time)",
                        "https://study.example.com/reset-password?token=" + TOKEN,
                        "works once, for 30 minutes",
                        "If it wasn't you, ignore this e-mail");
        assertThat(letter.html())
                .contains(
                        "1 March 2026 at 11:00",
                        "href=\"https://study.example.com/reset-password?token=" + TOKEN + "\"",
                        "for 30 minutes",
                        "If it wasn't you");
    }

    @Test
    void lifetimes_read_naturally() {
        assertThat(letter("Ada", ZoneId.of("UTC"), Duration.ofHours(1)).plainText())
                .contains("for one hour.");
        assertThat(letter("Ada", ZoneId.of("UTC"), Duration.ofHours(24)).plainText())
                .contains("for 24 hours.");
        assertThat(letter("Ada", ZoneId.of("UTC"), Duration.ofMinutes(90)).plainText())
                .contains("for 90 minutes.");
    }

    @Test
    void a_display_name_stays_text_in_the_html_part() {
        ResetLinkLetter letter = letter("<img src=x onerror=alert(1)> & co", ZoneId.of("UTC"), Duration.ofMinutes(30));

        assertThat(letter.html())
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; co")
                .doesNotContain("<img");
    }

    @Test
    void the_token_stays_out_of_anything_that_might_be_logged() {
        ResetLinkLetter letter = letter("Ada", ZoneId.of("UTC"), Duration.ofMinutes(30));

        assertThat(letter.toString()).doesNotContain(TOKEN);
        assertThat(letter.request().toString()).doesNotContain(TOKEN);
    }

    private static ResetLinkLetter letter(String displayName, ZoneId zone, Duration lifetime) {
        PasswordResetRequested request = new PasswordResetRequested(
                "ada", displayName, "ada@example.com", zone, TOKEN, ASKED, ASKED.plus(lifetime));
        return new ResetLinkLetter(request, ResetLinkMail.link(URI.create("https://study.example.com"), TOKEN));
    }
}
