package dev.studyportal.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.review.fsrs.CardPhase;
import dev.studyportal.core.review.fsrs.FsrsScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Readiness against values worked out by hand from FSRS-6's published formulas and default weights:
 * R(t, S) = (1 + f·t/S)^-w20 with w20 = 0.1542 and f = 0.9^(-1/w20) - 1 = 0.98034649.
 */
class ReadinessCalculationTest {

    private static final Offset<Double> CLOSE = within(1e-9);
    private static final FsrsScheduler SCHEDULER = PlanService.scheduler(StudyPreferences.DEFAULTS);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final LocalDate DATE = TODAY.plusDays(7);
    private static final Duration MEDIAN = Duration.ofSeconds(30);

    /** Stability 10, difficulty 5, last reviewed ten days before today's noon, due at today's noon. */
    private static final ScopeCard STUDIED = new ScopeCard(
            1,
            "Studied",
            CardPhase.REVIEW,
            null,
            10.0,
            5.0,
            Instant.parse("2026-01-05T12:00:00Z"),
            Instant.parse("2025-12-26T12:00:00Z"),
            4);

    private static final ScopeCard FRESH = new ScopeCard(2, "Fresh", null, null, null, null, null, null, null);

    private static ReadinessCalculation calculation(ZoneId zone, Instant now, LocalDate today, LocalDate date) {
        return new ReadinessCalculation(SCHEDULER, zone, now, today, date, 0.9, MEDIAN);
    }

    private static PlanPace noNewQuestions() {
        return PlanPace.of(TODAY, TODAY, DATE, null, 0, 3, 20);
    }

    @Test
    void without_reviews_recall_decays_from_the_last_review_by_the_forgetting_curve() {
        PlanReadiness readiness = calculation(ZoneOffset.UTC, NOW, TODAY, DATE)
                .compute(7, "Plan", List.of(STUDIED), noNewQuestions(), 0, true);

        // Seventeen whole days after the last review: R(17, 10) = (1 + 0.98034649 * 1.7)^-0.1542.
        assertThat(readiness.withoutReviews()).isCloseTo(0.8596418912177972, CLOSE);
        assertThat(readiness.curve().getFirst().withoutReviews()).isCloseTo(0.9, CLOSE);
        assertThat(readiness.curve()).hasSize(8);
        assertThat(readiness.curve().getLast().day()).isEqualTo(DATE);
    }

    @Test
    void following_the_plan_reviews_the_card_when_due_and_rates_it_good() {
        PlanReadiness readiness = calculation(ZoneOffset.UTC, NOW, TODAY, DATE)
                .compute(7, "Plan", List.of(STUDIED), noNewQuestions(), 0, true);

        // Reviewed at today's noon with R = 0.9: S' = 10 * (1 + e^1.8722 * (11 - 5) * 10^-0.1666 * (e^(0.1 * 0.796) -
        // 1))
        // = 32.0267295, next due in 32 days; seven days later R(7, S') = 0.9705065839.
        assertThat(readiness.followingPlan()).isCloseTo(0.9705065838722648, CLOSE);
        assertThat(readiness.curve().getFirst().followingPlan()).isCloseTo(1.0, CLOSE);
        assertThat(readiness.weakest())
                .containsExactly(
                        new QuestionReadiness(1, "Studied", readiness.withoutReviews(), readiness.followingPlan()));
    }

    @Test
    void a_new_question_counts_zero_until_it_is_introduced() {
        PlanReadiness readiness = calculation(ZoneOffset.UTC, NOW, TODAY, DATE)
                .compute(7, "Plan", List.of(STUDIED, FRESH), noNewQuestions(), 0, true);

        assertThat(readiness.withoutReviews()).isCloseTo(0.8596418912177972 / 2, CLOSE);
        assertThat(readiness.followingPlan()).isCloseTo(0.9705065838722648 / 2, CLOSE);
        assertThat(readiness.questions()).isEqualTo(2);
        assertThat(readiness.studied()).isEqualTo(1);
    }

    @Test
    void a_new_question_the_plan_introduces_today_counts_from_today() {
        PlanPace pace = PlanPace.of(TODAY, TODAY, DATE, null, 1, 3, 20);
        PlanReadiness readiness =
                calculation(ZoneOffset.UTC, NOW, TODAY, DATE).compute(7, "Plan", List.of(FRESH), pace, 0, true);

        assertThat(readiness.withoutReviews()).isZero();
        // Learned today (S = w2 = 2.3065 after two Goods), reviewed on the 7th, then seen again before the date.
        assertThat(readiness.curve().getFirst().followingPlan()).isCloseTo(1.0, CLOSE);
        assertThat(readiness.followingPlan()).isBetween(0.9, 1.0);
        assertThat(readiness.effort().reachable()).isTrue();
        assertThat(readiness.effort().newPerDay()).isEqualTo(1);
        assertThat(readiness.effort().minutesPerDay()).isEqualTo(1);
    }

    @Test
    void reaching_the_target_takes_the_fewest_new_questions_a_day_that_do() {
        List<ScopeCard> fresh = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> new ScopeCard(i, "Q" + i, null, null, null, null, null, null, null))
                .toList();
        LocalDate date = TODAY.plusDays(20);
        PlanPace slow = PlanPace.of(TODAY, TODAY, date, 1, 30, 3, 20);

        PlanReadiness readiness =
                calculation(ZoneOffset.UTC, NOW, TODAY, date).compute(7, "Plan", fresh, slow, 0, true);

        // One a day introduces 20 of 30 at best: at most two thirds ready. Every question needs to be in by the
        // 14th (the date minus three days), so 30 over 15 days: at least 2 a day.
        assertThat(readiness.followingPlan()).isLessThan(0.7);
        assertThat(readiness.effort().reachable()).isTrue();
        assertThat(readiness.effort().newPerDay()).isGreaterThanOrEqualTo(2);
        assertThat(readiness.effort().readiness()).isGreaterThanOrEqualTo(0.9);
        assertThat(readiness.effort().minutesPerDay()).isPositive();
    }

    @Test
    void an_unreachable_target_says_so_with_the_best_that_can_be_done() {
        ScopeCard forgotten = new ScopeCard(
                3,
                "Long ago",
                CardPhase.REVIEW,
                null,
                1.0,
                9.0,
                Instant.parse("2026-06-01T12:00:00Z"),
                Instant.parse("2025-01-05T12:00:00Z"),
                2);
        LocalDate tomorrow = TODAY.plusDays(1);
        PlanReadiness readiness = calculation(ZoneOffset.UTC, NOW, TODAY, tomorrow)
                .compute(7, "Plan", List.of(forgotten), PlanPace.of(TODAY, TODAY, tomorrow, null, 0, 3, 20), 0, true);

        assertThat(readiness.effort().reachable()).isFalse();
        assertThat(readiness.effort().readiness()).isCloseTo(readiness.followingPlan(), CLOSE);
    }

    @Test
    void the_lead_for_a_first_review_is_three_days_with_the_default_weights() {
        // A new card rated Good twice has stability w2 = 2.3065: its first spaced review comes round(2.3065) = 2
        // days later, and must fall before the interview day.
        assertThat(ReadinessCalculation.leadDays(SCHEDULER, ZoneOffset.UTC, TODAY))
                .isEqualTo(3);
        assertThat(ReadinessCalculation.leadDays(SCHEDULER, ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 3, 28)))
                .isEqualTo(3);
        assertThat(ReadinessCalculation.leadDays(SCHEDULER, ZoneId.of("Pacific/Tongatapu"), TODAY))
                .isEqualTo(3);
        assertThat(ReadinessCalculation.leadDays(SCHEDULER, ZoneId.of("Pacific/Honolulu"), TODAY))
                .isEqualTo(3);
    }

    @Test
    void the_curve_has_one_point_per_calendar_day_across_a_daylight_saving_change() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.of(2026, 3, 27);
        LocalDate date = LocalDate.of(2026, 4, 2);
        PlanReadiness readiness = calculation(berlin, Instant.parse("2026-03-27T08:00:00Z"), today, date)
                .compute(7, "Plan", List.of(STUDIED), PlanPace.of(today, today, date, null, 0, 3, 20), 0, true);

        assertThat(readiness.curve())
                .extracting(ReadinessPoint::day)
                .containsExactly(
                        today,
                        today.plusDays(1),
                        today.plusDays(2),
                        today.plusDays(3),
                        today.plusDays(4),
                        today.plusDays(5),
                        date);
    }

    @Test
    void the_median_answer_time_takes_the_middle_rating() {
        assertThat(PlanService.median(List.of(9_000L, 1_000L, 5_000L))).isEqualTo(5_000L);
        assertThat(PlanService.median(List.of(4_000L, 2_000L))).isEqualTo(3_000L);
    }
}
