package dev.studyportal.webapp.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import dev.studyportal.core.account.AccountAdministration;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.CohortCreation;
import dev.studyportal.core.account.LoginLockouts;
import dev.studyportal.core.account.ManagedAccount;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignInStamp;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.account.SignUpMode;
import dev.studyportal.core.account.SignUpPolicy;
import dev.studyportal.core.account.Totp;
import dev.studyportal.core.account.TwoStepSetup;
import dev.studyportal.core.account.TwoStepSignIn;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(
        username = "users-admin",
        roles = {"LEARNER", "ADMIN"})
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    Clock clock;

    @Autowired
    SignUpPolicy signUpPolicy;

    @Autowired
    LoginLockouts lockouts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void anAdminAndSomeLearners() {
        TestLearners.asAdministrator(() -> accounts.exists("users-admin")
                ? null
                : accounts.create(
                        new SignUp("users-admin", "Users Admin", null, TestLearners.PASSWORD),
                        EnumSet.of(Role.LEARNER, Role.ADMIN)));
        TestLearners.ensure(accounts, "managed-ann");
        TestLearners.ensure(accounts, "managed-bob");
    }

    @Autowired
    JdbcTemplate jdbc;

    /** Every view test shares the portal: leave sign-up as the others expect it. */
    @AfterEach
    void signUpOpenAgain() {
        jdbc.update("UPDATE portal_setting SET setting_value = 'OPEN' WHERE name = 'sign-up-mode'");
        jdbc.update("UPDATE portal_setting SET setting_value = 'EVERYONE' WHERE name = 'cohort-creation'");
    }

    @Test
    void an_admin_lets_only_instructors_make_cohorts() {
        UserAdminView view = navigate(UserAdminView.class);
        assertThat(view.cohortCreation.creation.getValue()).isEqualTo(CohortCreation.EVERYONE);

        test(view.cohortCreation.creation).selectItem("Only people with the instructor role");

        assertThat(jdbc.queryForObject(
                        "SELECT setting_value FROM portal_setting WHERE name = 'cohort-creation'", String.class))
                .isEqualTo("INSTRUCTORS");
    }

    @Test
    void the_filter_narrows_the_grid_to_matching_accounts() {
        UserAdminView view = navigate(UserAdminView.class);

        test(view.filter).setValue("managed-");

        assertThat(test(view.accounts).size()).isEqualTo(2);
        assertThat(test(view.accounts).getRow(0).username()).isEqualTo("managed-ann");
        assertThat(test(view.accounts).getCellText(0, 2)).isEqualTo("LEARNER");
        assertThat(view.editor.isVisible()).isFalse();
    }

    @Test
    void an_admin_makes_a_learner_an_instructor() {
        UserAdminView view = select("managed-bob");

        test(view.editor.roles).selectItem("INSTRUCTOR");
        test(view.editor.saveRoles).click();

        assertThat(administration.get("managed-bob").roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.INSTRUCTOR);
        assertThat(test(view.accounts).getCellText(0, 2)).isEqualTo("LEARNER, INSTRUCTOR");
        administration.changeRoles("users-admin", "managed-bob", EnumSet.of(Role.LEARNER));
    }

    @Test
    void an_admin_cannot_take_their_own_admin_role_and_is_told_why() {
        UserAdminView view = select("users-admin");

        test(view.editor.roles).deselectItem("ADMIN");
        test(view.editor.saveRoles).click();

        assertThat(view.editor.roles.isInvalid()).isTrue();
        assertThat(view.editor.roles.getErrorMessage()).contains("your own ADMIN role");
        assertThat(accounts.findByUsername("users-admin").orElseThrow().roles()).contains(Role.ADMIN);
        assertThat(view.editor.toggleEnabled.isEnabled()).isFalse();
    }

    @Test
    void an_admin_disables_and_enables_an_account() {
        UserAdminView view = select("managed-ann");

        test(view.editor.toggleEnabled).click();

        assertThat(accounts.findForLogin("managed-ann").orElseThrow().enabled()).isFalse();
        assertThat(test(view.accounts).getCellText(0, 3)).isEqualTo("Disabled");
        assertThat(view.editor.toggleEnabled.getText()).isEqualTo("Enable account");

        test(view.editor.toggleEnabled).click();
        assertThat(accounts.findForLogin("managed-ann").orElseThrow().enabled()).isTrue();
    }

    @Test
    void an_admin_ends_one_persons_sessions_or_everybody_elses() {
        SignInStamp ann = accounts.findForLogin("managed-ann").orElseThrow().stamp();
        UserAdminView view = select("managed-ann");

        test(view.editor.endSessions).click();
        assertThat(accounts.isCurrent(ann)).isFalse();

        SignInStamp bob = accounts.findForLogin("managed-bob").orElseThrow().stamp();
        SignInStamp admin = accounts.findForLogin("users-admin").orElseThrow().stamp();
        test(view.signEveryoneOut).click();
        test($(SignEveryoneOutDialog.class).single().confirm).click();

        assertThat(accounts.isCurrent(bob)).isFalse();
        assertThat(accounts.isCurrent(admin))
                .as("the administrator who did it stays")
                .isTrue();
    }

    @Test
    void an_admin_sees_who_uses_two_step_sign_in_and_turns_it_off_for_a_lost_phone() {
        TestLearners.signedInAs("managed-ann", () -> {
            TwoStepSetup setup = twoStep.newSetup("managed-ann");
            twoStep.turnOn("managed-ann", setup, Totp.codeAt(setup.secret(), clock.instant()));
        });
        UserAdminView view = select("managed-ann");
        assertThat(test(view.accounts).getCellText(0, 5)).isEqualTo("On");
        assertThat(view.editor.turnOffTwoStep.isEnabled()).isTrue();

        test(view.editor.turnOffTwoStep).click();

        assertThat(test(view.accounts).getCellText(0, 5)).isEmpty();
        assertThat(view.editor.turnOffTwoStep.isEnabled()).isFalse();
    }

    @Test
    void a_new_password_must_pass_the_policy() {
        UserAdminView view = select("managed-ann");

        test(view.editor.newPassword).setValue("qwerty");
        test(view.editor.resetPassword).click();
        assertThat(view.editor.newPassword.isInvalid()).isTrue();

        test(view.editor.newPassword).setValue("the admin chose this one");
        test(view.editor.resetPassword).click();

        assertThat(view.editor.newPassword.isInvalid()).isFalse();
        assertThat(passwordEncoder.matches(
                        "the admin chose this one",
                        accounts.findForLogin("managed-ann").orElseThrow().passwordHash()))
                .isTrue();
        administration.resetPassword("users-admin", "managed-ann", TestLearners.PASSWORD);
    }

    @Test
    void a_locked_out_account_shows_until_when_and_is_unlocked() {
        for (int i = 0; i < LoginLockouts.POLICY.maxFailures(); i++) {
            lockouts.recordFailure("managed-bob");
        }
        UserAdminView view = select("managed-bob");
        assertThat(test(view.accounts).getCellText(0, 4)).isNotBlank();
        assertThat(view.editor.unlock.isEnabled()).isTrue();

        test(view.editor.unlock).click();

        assertThat(lockouts.lockedFor("managed-bob")).isEmpty();
        assertThat(test(view.accounts).getCellText(0, 4)).isBlank();
        assertThat(view.editor.unlock.isEnabled()).isFalse();
    }

    @Test
    void an_admin_closes_sign_up_and_makes_invitation_codes() {
        UserAdminView view = navigate(UserAdminView.class);
        assertThat(view.signUp.makeCode.isVisible()).isFalse();

        test(view.signUp.mode).selectItem("Only people with an invitation code");
        assertThat(signUpPolicy.mode()).isEqualTo(SignUpMode.INVITE_ONLY);
        long before = signUpPolicy.openInvitations();
        test(view.signUp.makeCode).click();

        assertThat(view.signUp.code.getText()).containsPattern("[A-Z2-9]{4}(-[A-Z2-9]{4}){6}");
        assertThat(signUpPolicy.openInvitations()).isEqualTo(before + 1);

        test(view.signUp.mode).selectItem("Nobody (sign-up closed)");
        assertThat(signUpPolicy.mode()).isEqualTo(SignUpMode.CLOSED);
    }

    @Test
    @WithMockUser(username = "managed-ann", roles = "LEARNER")
    void the_services_refuse_anyone_but_an_admin() {
        assertThatThrownBy(() -> administration.find("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.changeRoles("managed-ann", "managed-ann", Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signUpPolicy.changeMode("managed-ann", SignUpMode.OPEN))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findByUsername("managed-ann").orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    private UserAdminView select(String username) {
        UserAdminView view = navigate(UserAdminView.class);
        test(view.filter).setValue(username);
        ManagedAccount account = test(view.accounts).getRow(0);
        assertThat(account.username()).isEqualTo(username);
        test(view.accounts).select(0);
        assertThat(view.editor.isVisible()).isTrue();
        return view;
    }
}
