package dev.studyportal.webapp.cohort.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.cohort.CohortBoard;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.CohortSummary;
import dev.studyportal.core.cohort.InviteDraft;
import dev.studyportal.core.cohort.InviteState;
import dev.studyportal.core.cohort.MemberStanding;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestCohorts;
import dev.studyportal.webapp.TestLearners;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "cohort-viewer", roles = "LEARNER")
class CohortViewsTest extends SpringBrowserlessTest {

    static final String ME = "cohort-viewer";

    @Autowired
    AccountService accounts;

    @Autowired
    CohortService cohorts;

    @Autowired
    BankImporter importer;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void aFreshPortalWithTheSeedBank() {
        DatabaseCleaner.empty(dataSource);
        importer.sync(Path.of("../docs"), false);
        TestLearners.ensure(accounts, ME);
    }

    long someoneElsesCohort() {
        return TestCohorts.ensure(
                cohorts, accounts, "cohort-teacher", "Evening class", Map.of("cohort-peer", CohortRole.MEMBER));
    }

    String inviteTo(long cohortId) {
        return TestLearners.asLearner(
                "cohort-teacher",
                () -> cohorts.createInvite("cohort-teacher", cohortId, InviteDraft.defaults())
                        .code());
    }

    @Test
    void a_person_in_no_cohort_is_told_what_one_is_and_makes_one_in_the_dialog() {
        CohortsView view = navigate(CohortsView.class);
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();

        test(view.create).click();
        roundTrip();
        CohortDialog dialog = view.dialog;
        test(dialog.name).setValue("Interview club");
        test(dialog.save).click();

        CohortView cohort = (CohortView) getCurrentView();
        assertThat(cohort.title.getText()).isEqualTo("Interview club");
        assertThat(cohort.invites).as("the owner's invitations").isNotNull();
        CohortSummary mine = cohorts.cohorts(ME).getFirst();
        assertThat(mine.role()).isEqualTo(CohortRole.OWNER);

        CohortsView list = navigate(CohortsView.class);
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getCellText(0, 1)).isEqualTo("Owner");
    }

    @Test
    void a_cohort_filled_in_badly_is_marked_on_its_fields_and_not_made() {
        CohortsView view = navigate(CohortsView.class);
        test(view.create).click();
        roundTrip();
        CohortDialog dialog = view.dialog;
        test(dialog.name).setValue("   ");
        dialog.timeZone.clear();
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the cohort a name.");
        assertThat(dialog.timeZone.isInvalid()).isTrue();
        assertThat(cohorts.cohorts(ME)).isEmpty();
    }

    @Test
    void a_code_typed_wrong_is_explained_on_the_field_and_a_good_one_says_who_sees_what_before_joining() {
        long id = someoneElsesCohort();
        CohortsView view = navigate(CohortsView.class);

        test(view.code).setValue("hello");
        test(view.join).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).contains("not an invitation code");

        test(view.code).setValue(inviteTo(id));
        test(view.join).click();
        JoinCohortView invitation = (JoinCohortView) getCurrentView();
        assertThat(invitation.title.getText()).isEqualTo("Join Evening class");
        assertThat(invitation.visibility.getText()).isEqualTo(CohortService.PROGRESS_VISIBILITY);
        assertThat(cohorts.cohorts(ME))
                .as("nothing joined before the person says so")
                .isEmpty();

        test(invitation.join).click();
        CohortView cohort = (CohortView) getCurrentView();
        assertThat(cohort.title.getText()).isEqualTo("Evening class");
        assertThat(cohort.invites).as("a member has no invitations to manage").isNull();
        assertThat(cohort.sharingExplained.getText()).contains("see your mastery");
    }

    @Test
    void another_cohort_by_its_address_is_no_such_cohort() {
        long id = someoneElsesCohort();

        CohortView view = navigate("cohorts/" + id, CohortView.class);

        assertThat(view.title.getText()).isEqualTo("No such cohort");
        assertThat(view.getPageTitle()).startsWith("No such cohort");
        assertThat(view.members.isAttached()).isFalse();
        assertThat(navigate("cohorts/not-a-number", CohortView.class).title.getText())
                .isEqualTo("No such cohort");
    }

    @Test
    void an_invitation_link_shows_the_cohort_and_who_sees_what_before_joining() {
        long id = someoneElsesCohort();
        String code = inviteTo(id);

        JoinCohortView view = navigate("cohorts/join/" + code, JoinCohortView.class);
        assertThat(view.title.getText()).isEqualTo("Join Evening class");
        assertThat(view.visibility.getText()).isEqualTo(CohortService.PROGRESS_VISIBILITY);
        assertThat(cohorts.cohorts(ME)).isEmpty();

        test(view.join).click();
        assertThat(getCurrentView()).isInstanceOf(CohortView.class);
        assertThat(cohorts.cohorts(ME)).extracting(CohortSummary::id).containsExactly(id);

        JoinCohortView again = navigate("cohorts/join/" + code, JoinCohortView.class);
        assertThat(again.problem.getText()).isEqualTo("You are already in this cohort.");
        assertThat(again.join.isVisible()).isFalse();
        assertThat(again.cohortsLink.getHref()).isEqualTo("cohorts/" + id);
    }

    @Test
    void a_revoked_invitation_link_says_so_and_joins_nobody() {
        long id = someoneElsesCohort();
        String code = inviteTo(id);
        TestLearners.signedInAs(
                "cohort-teacher",
                () -> cohorts.revokeInvite(
                        "cohort-teacher",
                        id,
                        cohorts.invites("cohort-teacher", id).getFirst().id()));

        JoinCohortView view = navigate("cohorts/join/" + code, JoinCohortView.class);

        assertThat(view.problem.getText()).contains("withdrawn");
        assertThat(view.join.isVisible()).isFalse();
        assertThat(cohorts.cohorts(ME)).isEmpty();
    }

    @Test
    void an_owner_makes_an_invitation_sees_its_link_once_and_revokes_it() {
        long id = cohorts.create(
                ME, new dev.studyportal.core.cohort.CohortDraft("Mine", null, java.time.ZoneId.of("UTC")));
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        InvitePanel invites = view.invites;

        invites.uses.setValue(0);
        test(invites.make).click();
        assertThat(invites.uses.isInvalid()).isTrue();
        assertThat(invites.link.isVisible()).isFalse();

        // No studyportal.public-url here: the owner's browser makes the link absolute, the request's Host is not used.
        ((MockRequest) VaadinServletRequest.getCurrent().getRequest())
                .getHeaders()
                .put("Host", List.of("attacker.example"));
        invites.uses.setValue(5);
        test(invites.make).click();
        assertThat(invites.link.isVisible()).isTrue();
        assertThat(invites.link.getValue()).isEqualTo("cohorts/join/" + invites.code.getValue());
        assertThat(test(invites.grid).size()).isEqualTo(1);
        assertThat(test(invites.grid).getCellText(0, 3)).isEqualTo("0 of 5");

        assertThat(cohorts.invites(ME, id).getFirst().state()).isEqualTo(InviteState.OPEN);
        cohorts.revokeInvite(ME, id, cohorts.invites(ME, id).getFirst().id());
        invites.refresh();
        assertThat(test(invites.grid).getCellText(0, 4)).isEqualTo("Revoked");
    }

    @Test
    void sharing_turned_on_shows_ones_figures_to_the_others() {
        long id = someoneElsesCohort();
        String code = inviteTo(id);
        cohorts.join(ME, code);
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        assertThat(test(view.members).getCellText(row(view, ME), 2)).isEqualTo("Not shared");

        test(view.share).click();

        CohortBoard seenByTheTeacher =
                TestLearners.asLearner("cohort-teacher", () -> cohorts.board("cohort-teacher", id));
        MemberStanding me = seenByTheTeacher.members().stream()
                .filter(m -> m.displayName().equals("Test " + ME))
                .findFirst()
                .orElseThrow();
        assertThat(me.sharing()).isTrue();
        assertThat(me.masteryPercent()).isZero();
        assertThat(test(view.members).getCellText(row(view, ME), 2)).isEqualTo("0%");
    }

    @Test
    void a_member_removed_meanwhile_is_shown_no_such_cohort_on_their_next_step() {
        long id = someoneElsesCohort();
        cohorts.join(ME, inviteTo(id));
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        assertThat(view.title.getText()).isEqualTo("Evening class");

        TestLearners.signedInAs(
                "cohort-teacher",
                () -> cohorts.remove("cohort-teacher", id, TestCohorts.memberId(cohorts, "cohort-teacher", id, ME)));
        test(view.share).click();

        assertThat(view.title.getText()).isEqualTo("No such cohort");
    }

    @Test
    void an_owner_promotes_removes_and_hands_the_cohort_over_from_the_board() {
        long id = TestCohorts.ensure(
                cohorts,
                accounts,
                ME,
                "Mine",
                Map.of("cohort-peer", CohortRole.MEMBER, "cohort-other", CohortRole.MEMBER));
        CohortView view = navigate("cohorts/" + id, CohortView.class);

        @SuppressWarnings("unchecked")
        Select<CohortRole> role = (Select<CohortRole>) test(view.members).getCellComponent(row(view, "cohort-peer"), 1);
        test(role).selectItem("Instructor");
        assertThat(roleOf(id, "cohort-peer")).isEqualTo(CohortRole.INSTRUCTOR);

        memberAction(view, "cohort-other", "Remove").click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(cohorts.board(ME, id).members())
                .extracting(MemberStanding::displayName)
                .containsExactlyInAnyOrder("Test " + ME, "Test cohort-peer");

        memberAction(view, "cohort-peer", "Hand over").click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(roleOf(id, "cohort-peer")).isEqualTo(CohortRole.OWNER);
        assertThat(roleOf(id, ME)).isEqualTo(CohortRole.INSTRUCTOR);
        assertThat(view.invites).as("no invitations to manage once handed over").isNull();
    }

    private CohortRole roleOf(long id, String username) {
        return cohorts.board(ME, id).members().stream()
                .filter(m -> m.displayName().equals("Test " + username))
                .findFirst()
                .orElseThrow()
                .role();
    }

    private ButtonTester<Button> memberAction(CohortView view, String username, String action) {
        HorizontalLayout actions = (HorizontalLayout) test(view.members).getCellComponent(row(view, username), 5);
        return test(actions.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(button -> button.getText().equals(action))
                .findFirst()
                .orElseThrow());
    }

    private int row(CohortView view, String username) {
        var grid = test(view.members);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 0).startsWith("Test " + username)) {
                return i;
            }
        }
        throw new AssertionError(username + " is not on the board");
    }
}
