package dev.studyportal.webapp.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.plan.PlanDraft;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.PlanSummary;
import dev.studyportal.core.plan.ScopeOptions;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "planner", roles = "LEARNER")
class PlansViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PlanService plans;

    @Autowired
    BankImporter importer;

    @Autowired
    DataSource dataSource;
    /** The portal's clock, which the tests stand still. */
    @Autowired
    Clock clock;

    ScopeOptions.Option firstPage;
    LocalDate today;

    @BeforeEach
    void aFreshLearnerWithTheSeedBank() {
        DatabaseCleaner.empty(dataSource);
        importer.sync(Path.of("../docs"), false);
        TestLearners.ensure(accounts, "planner");
        TestLearners.ensure(accounts, "someone-else");
        firstPage = plans.scopeOptions().pages().getFirst();
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void a_learner_without_plans_is_told_what_a_plan_does() {
        PlansView view = navigate(PlansView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    void a_plan_made_in_the_form_is_listed_with_its_pace() {
        PlansView view = navigate(PlansView.class);
        test(view.create).click();
        roundTrip();
        PlanDialog dialog = view.dialog;

        test(dialog.name).setValue("Interview at Acme");
        dialog.pages.setValue(Set.of(firstPage));
        dialog.interview.setValue(today.plusDays(21));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        PlanSummary plan = plans.plans("planner").getFirst();
        assertThat(plan.name()).isEqualTo("Interview at Acme");
        assertThat(plan.pace()).contains("new a day until").endsWith("then reviews only.");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void bad_input_is_shown_on_each_field_and_nothing_is_saved() {
        PlansView view = navigate(PlansView.class);
        test(view.create).click();
        roundTrip();
        PlanDialog dialog = view.dialog;

        test(dialog.name).setValue("x".repeat(500));
        dialog.interview.setValue(today.minusDays(1));
        dialog.budget.setValue(10_000);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("100 characters");
        assertThat(dialog.pages.isInvalid()).isTrue();
        assertThat(dialog.pages.getErrorMessage()).contains("at least one page, section or tag");
        assertThat(dialog.interview.getErrorMessage()).contains("That day has passed");
        assertThat(dialog.budget.getErrorMessage()).contains("at most 500");

        dialog.budget.setValue(0);
        dialog.interview.setValue(today.plusDays(3));
        dialog.start.setValue(today.plusDays(5));
        test(dialog.save).click();
        assertThat(dialog.budget.getErrorMessage()).contains("at least 1");
        assertThat(dialog.interview.getErrorMessage()).contains("after the start");

        assertThat(plans.plans("planner")).isEmpty();
    }

    @Test
    void a_plan_can_be_archived_restored_and_deleted_from_the_list() {
        createPlan("planner", "To archive", today.plusDays(30));
        PlansView view = navigate(PlansView.class);

        view.open(plans.plans("planner").getFirst());
        roundTrip();
        test(view.dialog.name).setValue("Renamed");
        test(view.dialog.save).click();
        assertThat(plans.plans("planner").getFirst().name()).isEqualTo("Renamed");

        long id = plans.plans("planner").getFirst().id();
        plans.archive("planner", id);
        assertThat(plans.plan("planner", id).archived()).isTrue();
    }

    @Test
    void the_plan_page_shows_readiness_as_sentences_and_tables() {
        long id = createPlan("planner", "Readiness", today.plusDays(10));

        PlanView view = navigate(PlanNavigation.planAddress(id), PlanView.class);

        assertThat(view.title.getText()).isEqualTo("Readiness");
        assertThat(view.readiness.headline.getText())
                .contains("ready if you follow the plan")
                .contains("0% if you stop reviewing now");
        assertThat(view.readiness.target.getText()).startsWith("To reach 90%");
        assertThat(test(view.readiness.curve).size()).isEqualTo(11);
        assertThat(test(view.readiness.curve).getCellText(0, 2)).isEqualTo("0%");
        assertThat(view.readiness.chart.getOption())
                .hasValueSatisfying(option -> assertThat(option.series())
                        .extracting(series -> series.data().size())
                        .containsExactly(11, 11, 11));
        assertThat(view.readiness.chart.getSummary()).isEqualTo(view.readiness.headline.getText());
    }

    @Test
    void someone_elses_plan_is_no_such_plan() {
        long theirs = TestLearners.asLearner(
                "someone-else",
                () -> plans.create(
                        "someone-else",
                        new PlanDraft(
                                "Theirs", new PlanScope(Set.of(firstPage.id()), Set.of(), Set.of()), today, null, 3)));

        PlanView view = navigate(PlanNavigation.planAddress(theirs), PlanView.class);

        assertThat(view.title.getText()).isEqualTo("No such plan");
        assertThat(view.readiness.isVisible()).isFalse();
        assertThat(view.review.isVisible()).isFalse();
    }

    @Test
    void a_plan_id_that_is_not_a_number_is_no_such_plan() {
        PlanView view = navigate("plans/abc", PlanView.class);

        assertThat(view.title.getText()).isEqualTo("No such plan");
    }

    @Test
    void the_list_links_each_plan_to_its_page() {
        long id = createPlan("planner", "Linked", null);
        PlansView view = navigate(PlansView.class);

        assertThat(((Anchor) test(view.grid).getCellComponent(0, 0)).getHref()).isEqualTo("plans/" + id);
    }

    private long createPlan(String username, String name, LocalDate interview) {
        return TestLearners.asLearner(
                username,
                () -> plans.create(
                        username,
                        new PlanDraft(
                                name,
                                new PlanScope(Set.of(firstPage.id()), Set.of(), Set.of()),
                                today,
                                interview,
                                null)));
    }
}
