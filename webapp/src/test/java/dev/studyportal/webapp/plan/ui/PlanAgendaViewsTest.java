package dev.studyportal.webapp.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.plan.PlanDraft;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.ScopeOptions;
import dev.studyportal.core.review.ReviewService;
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

/** Today and the review queue with plans: per-plan counts, and one plan's queue alone at {@code /review?plan=ID}. */
@PortalTest
@WithMockUser(username = "agenda", roles = "LEARNER")
class PlanAgendaViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PlanService plans;

    @Autowired
    ReviewService reviews;

    @Autowired
    BankImporter importer;

    @Autowired
    DataSource dataSource;
    /** The portal's clock, which the tests stand still. */
    @Autowired
    Clock clock;

    ScopeOptions.Option lastSection;
    LocalDate today;

    @BeforeEach
    void aFreshLearnerWithTheSeedBank() {
        DatabaseCleaner.empty(dataSource);
        importer.sync(Path.of("../docs"), false);
        TestLearners.ensure(accounts, "agenda");
        TestLearners.ensure(accounts, "not-agenda");
        lastSection = plans.scopeOptions().sections().getLast();
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private long plan(String username, String name, int budget) {
        return TestLearners.asLearner(
                username,
                () -> plans.create(
                        username,
                        new PlanDraft(
                                name,
                                new PlanScope(Set.of(), Set.of(lastSection.id()), Set.of()),
                                today,
                                null,
                                budget)));
    }

    /** Today afresh: the same address again would keep the view a previous test left open. */
    private VerticalLayout todayView() {
        UI.getCurrent().navigate("plans");
        UI.getCurrent().navigate("");
        return (VerticalLayout) getCurrentView();
    }

    private VerticalLayout reviewOf(long planId) {
        UI.getCurrent().navigate("review", QueryParameters.of(PlanNavigation.PLAN, String.valueOf(planId)));
        return (VerticalLayout) getCurrentView();
    }

    @Test
    void today_without_plans_offers_to_make_one() {
        VerticalLayout today = todayView();

        assertThat($(Paragraph.class, today).all())
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Today serves the whole bank."));
    }

    @Test
    void today_shows_each_plans_share() {
        plan("agenda", "Last section", 2);

        VerticalLayout today = todayView();

        assertThat($(Paragraph.class, today).all())
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Last section: 0 reviews due, 2 new."));
    }

    @Test
    void reviewing_one_plan_serves_only_its_questions() {
        long id = plan("agenda", "Last section", 2);
        long expected = TestLearners.asLearner(
                "agenda",
                () -> reviews.next("agenda", id).orElseThrow().question().id());

        VerticalLayout review = reviewOf(id);

        Paragraph note = $(Paragraph.class, review).withClassName("plan-note").single();
        assertThat(note.getText()).startsWith("Reviewing one plan only: Last section.");
        assertThat($(Paragraph.class, review)
                        .withClassName("review-progress")
                        .single()
                        .getText())
                .isEqualTo("0 due · 2 new · 0 done today");
        assertThat(TestLearners.asLearner(
                        "agenda",
                        () -> reviews.next("agenda").orElseThrow().question().id()))
                .isEqualTo(expected);
    }

    @Test
    void a_rating_in_one_plan_shows_what_is_left_of_that_plan_alone() {
        long id = plan("agenda", "Last section", 2);
        long firstSection = plans.scopeOptions().sections().getFirst().id();
        TestLearners.asLearner(
                "agenda",
                () -> plans.create(
                        "agenda",
                        new PlanDraft(
                                "First section",
                                new PlanScope(Set.of(), Set.of(firstSection), Set.of()),
                                today,
                                null,
                                3)));
        VerticalLayout review = reviewOf(id);

        fireShortcut(Key.SPACE);
        fireShortcut(Key.DIGIT_4);

        assertThat($(Paragraph.class, review)
                        .withClassName("review-progress")
                        .single()
                        .getText())
                .isEqualTo("0 due · 1 new · 1 done today");
    }

    @Test
    void reviewing_someone_elses_plan_is_no_such_plan() {
        long theirs = plan("not-agenda", "Theirs", 2);

        VerticalLayout review = reviewOf(theirs);

        assertThat($(Paragraph.class, review)
                        .withClassName("review-progress")
                        .single()
                        .getText())
                .isEqualTo("No such plan.");
    }
}
