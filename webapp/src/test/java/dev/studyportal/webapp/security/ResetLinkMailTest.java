package dev.studyportal.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.account.PasswordResetRequested;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Where reset links point and when the portal may mail them at all. */
class ResetLinkMailTest {

    static final ResetMailProperties NO_ADDRESS = new ResetMailProperties(null, new ResetMailProperties.Mail(null));

    @Test
    void a_mail_server_without_a_public_address_stops_the_portal_from_starting() {
        assertThatThrownBy(() -> new ResetLinkMail(senders(new JavaMailSenderImpl()), NO_ADDRESS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("studyportal.public-url");
    }

    @Test
    void without_a_mail_server_nothing_is_offered_and_a_link_made_anyway_goes_nowhere() {
        ResetLinkMail mail = new ResetLinkMail(senders(), NO_ADDRESS);

        assertThat(mail.available()).isFalse();
        assertThatCode(() -> mail.send(new PasswordResetRequested(
                        "ada",
                        "Ada",
                        "ada@example.com",
                        ZoneId.of("UTC"),
                        "token",
                        Instant.EPOCH,
                        Instant.EPOCH.plusSeconds(1800))))
                .doesNotThrowAnyException();
    }

    @Test
    void links_are_built_on_the_public_address_and_its_path_never_on_a_request() {
        assertThat(ResetLinkMail.link(URI.create("https://study.example.com"), "abc-_123"))
                .hasToString("https://study.example.com/reset-password?token=abc-_123");
        assertThat(ResetLinkMail.link(URI.create("https://example.com/portal/"), "abc"))
                .hasToString("https://example.com/portal/reset-password?token=abc");
        assertThat(ResetLinkMail.link(URI.create("http://localhost:8080"), "abc"))
                .hasToString("http://localhost:8080/reset-password?token=abc");
    }

    @Test
    void the_public_address_must_be_a_plain_web_address() {
        for (String wrong : new String[] {
            "ftp://example.com",
            "example.com",
            "https://example.com/?next=evil",
            "https://example.com/#top",
            "https://user:secret@example.com",
            "javascript:alert(1)"
        }) {
            assertThatThrownBy(() -> new ResetMailProperties(URI.create(wrong), new ResetMailProperties.Mail(null)))
                    .as(wrong)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void mail_comes_from_no_reply_at_the_public_host_unless_a_sender_is_set() {
        URI url = URI.create("https://Study.Example.com/portal");

        assertThat(new ResetMailProperties(url, new ResetMailProperties.Mail(null)).sender())
                .isEqualTo("Study Portal <no-reply@study.example.com>");
        assertThat(new ResetMailProperties(url, new ResetMailProperties.Mail(" help@example.com ")).sender())
                .isEqualTo("help@example.com");
    }

    private static ObjectProvider<JavaMailSender> senders(JavaMailSender... senders) {
        StaticListableBeanFactory beans =
                new StaticListableBeanFactory(senders.length == 0 ? Map.of() : Map.of("mailSender", senders[0]));
        return beans.getBeanProvider(JavaMailSender.class);
    }
}
