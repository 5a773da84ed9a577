package dev.studyportal.webapp.security.ui;

import static dev.studyportal.webapp.security.LoginRequests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.LoginLockouts;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.SeparatePortal;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.security.LoginRequests;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The portal with an SMTP server: GreenMail, a real one listening on a local port, which the portal's
 * Jakarta Mail talks to as it would to any other. Links are read back out of the mails it receives.
 */
@PortalTest
@TestPropertySource(
        properties = {
            "studyportal.public-url=https://portal.example.test/",
            "studyportal.mail.from=Study Portal <portal@example.test>",
            "studyportal.import.on-startup=false"
        })
@ExtendWith({OutputCaptureExtension.class, SeparatePortal.class})
class PasswordResetByMailTest extends SpringBrowserlessTest {

    static final String PASSWORD = "the password I forgot";
    static final String NEW_PASSWORD = "a password I will remember";
    static final Pattern LINK =
            Pattern.compile("https://portal\\.example\\.test/reset-password\\?token=([A-Za-z0-9_-]+)");

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtpServer() {
        SMTP.stop();
    }

    @Autowired
    AccountService accounts;

    @Autowired
    LoginLockouts lockouts;

    @Autowired
    MutableClock clock;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void anEmptyMailboxAndNoCounts() throws Exception {
        // An hour on, earlier tests' requests no longer count against an address or a mailbox.
        clock.advance(Duration.ofHours(1));
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void the_login_offers_forgot_password_and_leads_to_the_request_form() {
        LoginView login = navigate(LoginView.class);
        assertThat(login.login.isForgotPasswordButtonVisible()).isTrue();

        test(login.login).forgotPassword();

        ForgotPasswordView forgot = (ForgotPasswordView) getCurrentView();
        assertThat(forgot.form.isVisible()).isTrue();
        assertThat(forgot.notOffered.isVisible()).isFalse();
    }

    @Test
    void every_request_gets_the_same_answer_and_only_an_enabled_account_with_an_address_gets_mail() throws Exception {
        account("has-mail", "has-mail@example.test");
        account("no-address", null);
        account("switched-off", "switched-off@example.test");
        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE username = 'switched-off'");

        String unknownName = request("nobody-by-this-name");
        String unknownAddress = request("nobody@example.test");
        String withoutAddress = request("no-address");
        String disabled = request("switched-off");
        String known = request("HAS-MAIL@example.test");

        assertThat(List.of(unknownName, unknownAddress, withoutAddress, disabled))
                .containsOnly(known);
        assertThat(known).startsWith("If an account with that username or e-mail address exists");
        // One worker takes requests in order: once the last one's mail is in, the others have been dealt with.
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).containsExactly(new InternetAddress("has-mail@example.test"));
    }

    @Test
    void the_mailed_link_sets_a_new_password_with_which_alone_one_logs_in(CapturedOutput output) throws Exception {
        account("forgetful", "forgetful@example.test");
        MockMvc mvc = LoginRequests.mockMvc(context);
        MockHttpSession oldSession = LoginRequests.sessionOf(mvc.perform(login("forgetful", PASSWORD, "10.7.1.1"))
                .andExpect(authenticated())
                .andReturn());
        for (int i = 0; i < LoginLockouts.POLICY.maxFailures(); i++) {
            lockouts.recordFailure("forgetful");
        }

        request("forgetful");
        MimeMessage mail = onlyMail();
        String text = plainText(mail);
        assertThat(mail.getSubject()).isEqualTo("Reset your Study Portal password");
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("portal@example.test", "Study Portal"));
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("forgetful@example.test"));
        assertThat(text)
                .contains(
                        "Hello Test forgetful",
                        "\"forgetful\"",
                        "(Coordinated Universal Time)",
                        "works once, for 30 minutes",
                        "If it wasn't you, ignore this e-mail");
        String token = token(text);
        assertThat(htmlText(mail)).contains("reset-password?token=" + token);

        ResetPasswordView reset = openLink(token);
        assertThat(reset.form.isVisible()).isTrue();
        assertThat(reset.account.getText()).contains("forgetful");

        fill(reset, NEW_PASSWORD, "a password I will forget");
        assertThat(reset.repeatPassword.isInvalid()).isTrue();
        fill(reset, "short", "short");
        assertThat(reset.password.isInvalid()).isTrue();
        assertThat(reset.password.getErrorMessage()).contains("at least 8 characters");
        fill(reset, NEW_PASSWORD, NEW_PASSWORD);

        LoginView login = (LoginView) getCurrentView();
        assertThat(login.passwordReset.isVisible()).isTrue();
        mvc.perform(get("/").session(oldSession)).andExpect(unauthenticated());
        mvc.perform(login("forgetful", PASSWORD, "10.7.1.2")).andExpect(unauthenticated());
        mvc.perform(login("forgetful", NEW_PASSWORD, "10.7.1.3"))
                .andExpect(authenticated().withUsername("forgetful"));
        assertThat(openLink(token).unusable.isVisible()).as("a link works once").isTrue();
        assertThat(output.getAll())
                .contains("Password reset link mailed to the owner of forgetful")
                .doesNotContain(token);
    }

    @Test
    void an_expired_or_unknown_link_says_so_and_offers_a_new_one() throws Exception {
        account("slowpoke", "slowpoke@example.test");
        request("slowpoke");
        String token = token(plainText(onlyMail()));

        clock.advance(Duration.ofMinutes(30));
        ResetPasswordView expired = openLink(token);

        assertThat(expired.unusable.isVisible()).isTrue();
        assertThat(expired.form.isVisible()).isFalse();
        assertThat(expired.unusable
                        .getChildren()
                        .filter(Anchor.class::isInstance)
                        .map(a -> ((Anchor) a).getHref()))
                .containsExactly("forgot-password");
        assertThat(openLink("no-such-token").unusable.isVisible()).isTrue();
        navigate(LoginView.class);
        assertThat(navigate(ResetPasswordView.class).unusable.isVisible())
                .as("no token at all")
                .isTrue();
    }

    @Test
    void one_address_asking_too_often_is_asked_to_wait() {
        for (int i = 0; i < 10; i++) {
            request("sweep-" + i);
        }

        navigate(LoginView.class);
        ForgotPasswordView forgot = navigate(ForgotPasswordView.class);
        test(forgot.usernameOrEmail).setValue("sweep-10");
        test(forgot.send).click();

        assertThat(forgot.usernameOrEmail.isInvalid()).isTrue();
        assertThat(forgot.usernameOrEmail.getErrorMessage())
                .isEqualTo("Too many requests from your network; try again in 15 minutes.");
        assertThat(forgot.sent.isVisible()).isFalse();
    }

    @Test
    void an_empty_request_asks_for_a_name() {
        ForgotPasswordView forgot = navigate(ForgotPasswordView.class);

        test(forgot.send).click();

        assertThat(forgot.usernameOrEmail.isInvalid()).isTrue();
        assertThat(forgot.sent.isVisible()).isFalse();
    }

    private void account(String username, @Nullable String email) {
        TestLearners.asAdministrator(() ->
                accounts.create(new SignUp(username, "Test " + username, email, PASSWORD), EnumSet.of(Role.LEARNER)));
    }

    /** Asks for a link through the page, as a person does, and returns what the page answers. */
    private String request(String usernameOrEmail) {
        // Another route first: navigating to the address already shown would not make a fresh page.
        navigate(LoginView.class);
        ForgotPasswordView forgot = navigate(ForgotPasswordView.class);
        test(forgot.usernameOrEmail).setValue(usernameOrEmail);
        test(forgot.send).click();
        assertThat(forgot.usernameOrEmail.isInvalid())
                .as(forgot.usernameOrEmail.getErrorMessage())
                .isFalse();
        assertThat(forgot.sent.isVisible()).isTrue();
        assertThat(forgot.form.isVisible()).isFalse();
        return forgot.sent.getText();
    }

    private ResetPasswordView openLink(String token) {
        navigate(LoginView.class);
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        return (ResetPasswordView) getCurrentView();
    }

    private void fill(ResetPasswordView view, String password, String again) {
        test(view.password).setValue(password);
        test(view.repeatPassword).setValue(again);
        test(view.save).click();
    }

    private static MimeMessage onlyMail() {
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).as("a mail arrives").isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a link on the public address in:%n%s", text).isTrue();
        return link.group(1);
    }

    private static String plainText(Part mail) throws Exception {
        return part(mail, "text/plain").orElseThrow();
    }

    private static String htmlText(Part mail) throws Exception {
        return part(mail, "text/html").orElseThrow();
    }

    private static Optional<String> part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return Optional.of((String) part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = part(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
