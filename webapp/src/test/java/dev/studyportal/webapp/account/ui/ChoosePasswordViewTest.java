package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinSession;
import dev.studyportal.core.account.AccountAdministration;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A password an administrator set lets its owner in only to choose their own (ASVS 6.4.1). */
@PortalTest
@WithMockUser(username = "temporary", roles = "LEARNER")
class ChoosePasswordViewTest extends SpringBrowserlessTest {

    static final String ADMIN_CHOSE = "the admin chose this one";

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signedInWithAPasswordTheAdminSet() {
        TestLearners.ensure(accounts, "temporary");
        TestLearners.asAdministrator(() -> {
            administration.resetPassword("test:set-up", "temporary", ADMIN_CHOSE);
            return null;
        });
        // As the login leaves it: the session holds the person as loaded at sign-in, marked.
        UserDetails person = users.loadUserByUsername("temporary");
        SecurityContext context = TestLearners.securityContextHolder().getContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @Test
    void every_page_leads_to_choosing_a_password_and_the_dialog_cannot_be_dismissed() {
        navigate("library", Component.class);

        assertThat(getCurrentView()).isInstanceOf(ChoosePasswordView.class);
        ChangePasswordDialog dialog = $(ChangePasswordDialog.class).single();
        assertThat(dialog.isCloseOnEsc()).isFalse();
        assertThat(dialog.isCloseOnOutsideClick()).isFalse();
        assertThat(dialog.cancel.isVisible()).isFalse();
    }

    @Test
    void once_chosen_the_portal_opens() {
        navigate("review", Component.class);
        ChangePasswordDialog dialog = $(ChangePasswordDialog.class).single();

        test(dialog.currentPassword).setValue(ADMIN_CHOSE);
        test(dialog.newPassword).setValue("one only I know");
        test(dialog.repeatPassword).setValue("one only I know");
        test(dialog.save).click();

        assertThat(getCurrentView()).isNotInstanceOf(ChoosePasswordView.class);
        navigate("library", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LibraryView");
        assertThat(accounts.findForLogin("temporary").orElseThrow().passwordChangeDue())
                .isFalse();
    }
}
