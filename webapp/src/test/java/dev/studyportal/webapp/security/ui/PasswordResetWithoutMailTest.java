package dev.studyportal.webapp.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.studyportal.webapp.PortalTest;
import org.junit.jupiter.api.Test;

/** The portal as it starts by default, with no SMTP server: passwords are reset by an administrator only. */
@PortalTest
class PasswordResetWithoutMailTest extends SpringBrowserlessTest {

    @Test
    void the_login_offers_no_forgot_password() {
        LoginView login = navigate(LoginView.class);

        assertThat(login.login.isForgotPasswordButtonVisible()).isFalse();
    }

    @Test
    void the_request_page_says_whom_to_ask_instead_and_takes_no_request() {
        ForgotPasswordView forgot = navigate(ForgotPasswordView.class);

        assertThat(forgot.notOffered.isVisible()).isTrue();
        assertThat(forgot.notOffered.getText()).contains("Ask one of its administrators");
        assertThat(forgot.form.isVisible()).isFalse();
    }

    @Test
    void a_link_from_elsewhere_resets_nothing() {
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", "made-up"));

        ResetPasswordView reset = (ResetPasswordView) getCurrentView();
        assertThat(reset.unusable.isVisible()).isTrue();
        assertThat(reset.form.isVisible()).isFalse();
    }
}
