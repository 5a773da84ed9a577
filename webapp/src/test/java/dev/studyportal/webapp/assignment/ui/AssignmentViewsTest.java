package dev.studyportal.webapp.assignment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.assignment.AssignmentDraft;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.assignment.ClassAnalyticsService;
import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.cohort.CohortMember;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.plan.PlanDraft;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.questionset.QuestionSet;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** The assignments panel of a cohort's page, the analytics view and the assignments on Today, without a browser. */
@PortalTest
@WithMockUser(username = AssignmentViewsTest.TEACHER, roles = "LEARNER")
class AssignmentViewsTest extends SpringBrowserlessTest {

    static final String TEACHER = "view-teacher";
    static final String MEMBER = "view-member";
    static final String OUTSIDER = "view-outsider";

    @Autowired
    AccountService accounts;

    @Autowired
    Learners accountRepository;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClassAnalyticsService analytics;

    @Autowired
    ReviewService reviews;

    @Autowired
    PlanService plans;

    @Autowired
    BankImporter importer;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    long cohort;
    long set;
    List<Long> questions;
    LocalDate today;

    @BeforeEach
    void aCohortWithATeacherAndAMemberAndASetOfThreeQuestions() {
        DatabaseCleaner.empty(dataSource);
        importer.sync(Path.of("../docs"), false);
        List.of(TEACHER, MEMBER, OUTSIDER).forEach(name -> TestLearners.ensure(accounts, name));
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        questions = new JdbcTemplate(dataSource)
                .queryForList("SELECT id FROM question WHERE retired = FALSE ORDER BY id LIMIT 3", Long.class);
        transaction.executeWithoutResult(status -> {
            Cohort ours = new Cohort("View cohort", null, ZoneId.of("UTC"), clock.instant());
            entityManager.persist(ours);
            entityManager.persist(new CohortMember(
                    ours, accountRepository.requireByUsername(TEACHER), CohortRole.OWNER, clock.instant()));
            entityManager.persist(new CohortMember(
                    ours, accountRepository.requireByUsername(MEMBER), CohortRole.MEMBER, clock.instant()));
            QuestionSet questionSet =
                    new QuestionSet(accountRepository.requireByUsername(TEACHER), "Warm-up", null, clock.instant());
            questionSet.arrange(questions);
            entityManager.persist(questionSet);
            cohort = ours.id();
            set = questionSet.id();
        });
    }

    private long assigned() {
        return TestLearners.asLearner(
                TEACHER,
                () -> assignments.assign(
                        TEACHER, cohort, new AssignmentDraft(set, today.plusDays(7), "Read the section first")));
    }

    private CohortAssignmentsPanel panel() {
        CohortAssignmentsPanel panel = new CohortAssignmentsPanel(assignments, analytics, TEACHER, cohort, clock);
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void a_teacher_assigns_a_set_from_the_panel_and_sees_the_class_figures() {
        CohortAssignmentsPanel panel = panel();
        assertThat(panel.empty.isVisible()).isTrue();

        test(panel.assign).click();
        AssignDialog dialog = $(AssignDialog.class).single();
        dialog.set.setValue(dialog.set.getListDataView().getItems().findFirst().orElseThrow());
        dialog.due.setValue(today.plusDays(3));
        test(dialog.note).setValue("Before Friday");
        test(dialog.assign).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(panel.grid).size()).isEqualTo(1);
        assertThat(test(panel.grid).getCellText(0, 0)).isEqualTo("Warm-up");
        assertThat(test(panel.grid).getCellText(0, 3)).isEqualTo("0 of 1 done");
    }

    @Test
    void a_due_date_in_the_past_is_refused_next_to_its_field_and_nothing_is_saved() {
        CohortAssignmentsPanel panel = panel();
        test(panel.assign).click();
        AssignDialog dialog = $(AssignDialog.class).single();
        dialog.set.setValue(dialog.set.getListDataView().getItems().findFirst().orElseThrow());
        dialog.due.setMin(null);
        dialog.due.setValue(today.minusDays(2));
        test(dialog.assign).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.due.isInvalid()).isTrue();
        assertThat(dialog.due.getErrorMessage()).startsWith("That day has passed in the cohort's time zone (UTC");
        assertThat(TestLearners.asLearner(TEACHER, () -> assignments.assignments(TEACHER, cohort)))
                .isEmpty();
    }

    @Test
    void the_analytics_show_the_matrix_with_letters_and_labels_beside_the_colours() {
        long id = assigned();
        TestLearners.signedInAs(
                MEMBER, () -> reviews.rate(MEMBER, questions.getFirst(), Rating.GOOD, Duration.ofSeconds(4)));

        AssignmentAnalyticsView view =
                navigate(AssignmentNavigation.analyticsAddress(cohort, id), AssignmentAnalyticsView.class);

        assertThat(view.title.getText()).isEqualTo("Warm-up");
        assertThat(view.states.getText()).contains("In progress: 1");
        assertThat(test(view.matrix).size()).isEqualTo(1);
        assertThat(test(view.matrix).getCellText(0, 0)).isEqualTo("Test " + MEMBER);
        Span cell = (Span) test(view.matrix).getCellComponent(0, 2);
        assertThat(cell.getText()).isEqualTo("K");
        assertThat(cell.getElement().getAttribute("aria-label")).endsWith(": Known for the assignment");
        assertThat(((Span) test(view.matrix).getCellComponent(0, 3)).getText()).isEqualTo("·");
        assertThat(view.csv.getHref()).isNotBlank();
        assertThat(test(view.hardest).size()).isEqualTo(1);
        assertThat(view.nobodyBehind.isVisible()).isTrue();
        assertThat(view.matrix.isAllRowsVisible())
                .as("a small class shows whole, with no empty grid below it")
                .isTrue();
    }

    @Test
    @WithMockUser(username = MEMBER, roles = "LEARNER")
    void a_member_opening_the_analytics_sees_only_their_own_progress() {
        long id = assigned();

        AssignmentAnalyticsView view =
                navigate(AssignmentNavigation.analyticsAddress(cohort, id), AssignmentAnalyticsView.class);

        assertThat(view.own.isVisible()).isTrue();
        assertThat(view.own.getText()).contains("Not started · 0 of 3");
        assertThat(view.matrix.isAttached()).isFalse();
    }

    @Test
    @WithMockUser(username = OUTSIDER, roles = "LEARNER")
    void someone_outside_the_cohort_is_told_there_is_no_such_assignment() {
        long id = assigned();

        AssignmentAnalyticsView view =
                navigate(AssignmentNavigation.analyticsAddress(cohort, id), AssignmentAnalyticsView.class);

        assertThat(view.title.getText()).isEqualTo("No such assignment");
        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(navigate("cohorts/x/assignments/1", AssignmentAnalyticsView.class)
                        .title
                        .getText())
                .isEqualTo("No such assignment");
    }

    @Test
    @WithMockUser(username = MEMBER, roles = "LEARNER")
    void a_member_sees_the_assignment_on_today_and_adds_it_to_a_plan() {
        long id = assigned();
        long pageId = new JdbcTemplate(dataSource)
                .queryForObject("SELECT MIN(id) FROM page WHERE retired = FALSE AND unlisted = FALSE", Long.class);
        long plan = plans.create(
                MEMBER, new PlanDraft("Interview", new PlanScope(Set.of(pageId), Set.of(), Set.of()), today, null, 5));

        assertThat(plans.plans(MEMBER)).extracting(summary -> summary.id()).containsExactly(plan);

        TodayAssignments onToday = new TodayAssignments(assignments, plans, MEMBER);
        UI.getCurrent().add(onToday);
        assertThat(onToday.isVisible()).isTrue();
        assertThat(onToday.list.getElement().getTextRecursively())
                .contains("Warm-up (View cohort)", "end of the day in UTC", " of 3", "Read the section first");

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<dev.studyportal.core.plan.PlanSummary> select =
                $(com.vaadin.flow.component.select.Select.class).from(onToday).single();
        select.setValue(select.getListDataView().getItems().findFirst().orElseThrow());

        assertThat(assignments.mine(MEMBER).getFirst().planIds()).containsExactly(plan);
        assertThat(onToday.list.getElement().getTextRecursively()).contains("In your plan Interview.");
        assertThat(id).isPositive();
    }
}
