package dev.studyportal.webapp.security;

import dev.studyportal.core.account.PasswordResetRequested;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Mails a password reset link to the account's owner. Exists in every portal, but sends only where an
 * SMTP server is configured ({@code spring.mail.host}, so that Spring Boot makes a {@link JavaMailSender});
 * elsewhere the portal does not offer reset by e-mail at all. The token appears in the mail and nowhere
 * else: not in the log, not in an exception's message.
 */
@Component
class ResetLinkMail {

    static final String RESET_ROUTE = "reset-password";

    private static final Logger log = LoggerFactory.getLogger(ResetLinkMail.class);

    private final @Nullable JavaMailSender sender;
    private final ResetMailProperties properties;

    ResetLinkMail(ObjectProvider<JavaMailSender> senders, ResetMailProperties properties) {
        this.sender = senders.getIfAvailable();
        this.properties = properties;
        if (sender != null && properties.publicUrl() == null) {
            // Refuse to start rather than guess: a link built from a request's Host header could point anywhere.
            throw new IllegalStateException("spring.mail.host is set, so the portal mails password reset links, "
                    + "but studyportal.public-url is not: set it to the address people open the portal at, "
                    + "such as https://study.example.com");
        }
    }

    boolean available() {
        return sender != null;
    }

    // After the commit: a link mailed before its token is stored could be opened too early, or never work.
    @TransactionalEventListener
    void send(PasswordResetRequested request) {
        if (sender == null) {
            log.warn(
                    "A password reset link for {} was made, but no SMTP server is configured to mail it",
                    request.username());
            return;
        }
        // Set whenever there is a sender: the constructor saw to that.
        URI publicUrl = Objects.requireNonNull(properties.publicUrl());
        ResetLinkLetter letter = new ResetLinkLetter(request, link(publicUrl, request.token()));
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            mail.setFrom(properties.sender());
            mail.setTo(request.email());
            mail.setSubject(letter.subject());
            mail.setText(letter.plainText(), letter.html());
            sender.send(message);
            log.info("Password reset link mailed to the owner of {}", request.username());
        } catch (MailException | MessagingException e) {
            // The person asking was told the same either way; the administrator learns from the log.
            log.warn(
                    "Could not mail a password reset link for {}: {}",
                    request.username(),
                    e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /** The reset page under the portal's public address, which may have a path of its own. */
    static URI link(URI publicUrl, String token) {
        return UriComponentsBuilder.fromUri(publicUrl)
                .pathSegment(RESET_ROUTE)
                .queryParam("token", token)
                .build(true)
                .toUri();
    }
}
