package dev.studyportal.webapp.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.RouterLink;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.plan.PlanDraft;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.StudyCard;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.base.chart.ChartOption.DatedValue;
import dev.studyportal.webapp.base.chart.ChartWithTable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewService reviews;

    @Autowired
    PlanService plans;

    @Autowired
    Clock clock;

    @Test
    @WithMockUser(username = "dash-newcomer", roles = "LEARNER")
    void a_learner_without_reviews_is_told_to_start_with_todays_questions() {
        TestLearners.ensure(accounts, "dash-newcomer");

        DashboardView view = navigate(DashboardView.class);

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.emptyState.getElement().getTextRecursively()).contains("No reviews yet");
        assertThat($(RouterLink.class)
                        .withText("Go to Today's questions")
                        .single()
                        .getHref())
                .isEmpty();
        assertThat(view.heatmap.getParent())
                .as("no empty charts for a newcomer")
                .isEmpty();
        assertThat(view.mastery.getChart().getSummary()).contains("0 of 20 questions mastered");
    }

    @Test
    @WithMockUser(username = "dash-reviewer", roles = "LEARNER")
    void every_chart_gets_its_data_and_a_table_of_the_same_numbers() {
        TestLearners.ensure(accounts, "dash-reviewer");
        for (int i = 0; i < 3; i++) {
            StudyCard card = reviews.next("dash-reviewer").orElseThrow();
            reviews.rate("dash-reviewer", card, Rating.GOOD, Duration.ofSeconds(30));
        }

        DashboardView view = navigate(DashboardView.class);

        assertThat(view.emptyState.getParent()).isEmpty();
        assertThat(view.figures.getElement().getTextRecursively()).contains("1 day", "current streak", "3", "reviews");
        for (ChartWithTable panel : List.of(view.mastery, view.heatmap, view.forecast, view.retention, view.time)) {
            assertThat(panel.getChart().getOption()).as("chart drawn").isPresent();
            assertThat(panel.getChart().getElement().getProperty("option")).isNotBlank();
            assertThat(panel.getChart().getElement().getAttribute("aria-label"))
                    .isEqualTo(panel.getChart().getSummary());
            assertThat(panel.getTable().getHead().getChildren()).hasSize(1);
        }
        assertThat(view.heatmap
                        .getChart()
                        .getOption()
                        .orElseThrow()
                        .series()
                        .getFirst()
                        .data())
                .singleElement()
                .isInstanceOf(DatedValue.class)
                .extracting(value -> ((DatedValue) value).value())
                .isEqualTo(3.0);
        assertThat(view.heatmap.getChart().getSummary()).startsWith("3 reviews on 1 days");
        assertThat(view.forecast
                        .getChart()
                        .getOption()
                        .orElseThrow()
                        .series()
                        .getFirst()
                        .data())
                .hasSize(30);
        assertThat(view.time.getChart().getSummary()).startsWith("1.5 minutes over the last 30 days");
        assertThat(view.mastery
                        .getTable()
                        .getBody()
                        .getChildren()
                        .map(NativeTableRow.class::cast)
                        .count())
                .isEqualTo(view.mastery
                        .getChart()
                        .getOption()
                        .orElseThrow()
                        .yAxis()
                        .data()
                        .size());
    }

    @Test
    @WithMockUser(username = "dash-planner", roles = "LEARNER")
    void each_plan_with_an_interview_date_draws_its_readiness_curve() {
        TestLearners.ensure(accounts, "dash-planner");
        StudyCard card = reviews.next("dash-planner").orElseThrow();
        reviews.rate("dash-planner", card, Rating.GOOD, Duration.ofSeconds(30));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long firstPage = plans.scopeOptions().pages().getFirst().id();
        TestLearners.asLearner(
                "dash-planner",
                () -> plans.create(
                        "dash-planner",
                        new PlanDraft(
                                "Interview",
                                new PlanScope(Set.of(firstPage), Set.of(), Set.of()),
                                today,
                                today.plusDays(6),
                                null)));
        TestLearners.asLearner(
                "dash-planner",
                () -> plans.create(
                        "dash-planner",
                        new PlanDraft(
                                "No date", new PlanScope(Set.of(firstPage), Set.of(), Set.of()), today, null, 2)));

        DashboardView view = navigate(DashboardView.class);

        assertThat(view.readiness.getParent()).isPresent();
        assertThat(view.readiness.getChart().getOption().orElseThrow().series())
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.name()).isEqualTo("Interview");
                    assertThat(line.data()).hasSize(7);
                });
        assertThat(view.readiness.getChart().getSummary())
                .startsWith("Interview: ")
                .contains("ready on");
        assertThat(view.readiness.getTable().getBody().getChildren()).hasSize(7);
    }
}
