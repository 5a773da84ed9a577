package dev.studyportal.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V23__ReviewRollup;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.Section;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.core.testsupport.TestBank;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's aggregates on fixed rows, held to the same answers on every database the portal runs
 * on. Rows are written directly, so that phases, times and due dates are exactly the ones under test; the
 * rollup the ratings per day are read from is then built from them as migration V23 builds it. Ratings made
 * and undone through {@link ReviewService} keep it up to date themselves.
 */
abstract class DashboardServiceContract {

    private static final AtomicLong IDS = new AtomicLong(900_000_000);

    @Autowired
    DashboardService dashboards;

    @Autowired
    ReviewService reviews;

    @Autowired
    AccountService accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestBank bank;

    @Autowired
    MutableClock clock;

    JdbcTemplate jdbc;
    long ana;
    long bob;
    long l1;
    long l2;
    long dropout;
    long retiredOne;
    long adam;
    long sgd;
    long hidden;

    @BeforeEach
    void twoSectionsAndTwoLearners() {
        bank.reset(Instant.parse("2026-11-25T12:00:00Z"));
        jdbc = new JdbcTemplate(dataSource);
        bank.write(content -> {
            Page ml = content.page("ml", "Machine learning", page -> page.withSidebarPosition(1));
            Section regularization = content.section(ml, "regularization", "Regularization");
            Section optimizers = content.section(ml, "optimizers", "Optimizers");
            l1 = content.question(regularization, "What is L1?");
            l2 = content.question(regularization, "What is L2?");
            dropout = content.question(regularization, "What is dropout?");
            retiredOne = content.question(regularization, "What was early stopping?");
            content.question(retiredOne).retire();
            adam = content.question(optimizers, "How does Adam work?");
            sgd = content.question(optimizers, "What is SGD?");
            hidden = content.question(
                    content.section(content.page("secret", "Secret", TestBank::unlisted), "s", "Unlisted"),
                    "What is hidden?");
        });
        ana = bank.learner("ana");
        bob = bank.learner("bob");
    }

    @Test
    void mastery_counts_each_active_listed_question_once_by_the_learners_status() {
        card(ana, l2, 1, "LEARNING", 0.5, "2026-11-25T12:10:00Z");
        card(ana, dropout, 4, "REVIEW", 5.0, "2026-11-30T08:00:00Z");
        card(ana, adam, 9, "REVIEW", 30.0, "2026-12-20T08:00:00Z");
        card(ana, sgd, 0, "LEARNING", null, null);
        card(ana, retiredOne, 5, "REVIEW", 40.0, "2026-12-01T08:00:00Z");
        card(ana, hidden, 5, "REVIEW", 40.0, "2026-12-01T08:00:00Z");
        card(bob, l1, 9, "REVIEW", 50.0, "2026-12-20T08:00:00Z");

        assertThat(dashboards.dashboard("ana").mastery())
                .extracting(
                        SectionMastery::sectionTitle,
                        SectionMastery::fresh,
                        SectionMastery::learning,
                        SectionMastery::review,
                        SectionMastery::mastered)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Regularization", 1L, 1L, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("Optimizers", 1L, 0L, 0L, 1L));
    }

    @Test
    void a_new_learner_has_an_empty_dashboard_with_every_question_new() {
        Dashboard dashboard = dashboards.dashboard("ana");

        assertThat(dashboard.isEmpty()).isTrue();
        assertThat(dashboard.streak()).isEqualTo(Streak.NONE);
        assertThat(dashboard.dueForecast())
                .hasSize(30)
                .allSatisfy(day -> assertThat(day.cards()).isZero());
        assertThat(dashboard.mastery()).extracting(SectionMastery::fresh).containsExactly(3L, 2L);
        assertThat(dashboard.retentionByMonth()).isEmpty();
    }

    @Test
    void ratings_fall_on_the_learners_own_day_thirteen_hours_ahead_of_utc() {
        inZone("Pacific/Tongatapu");
        review(ana, l1, "2026-11-24T10:59:00Z", "GOOD", "LEARNING", 1000, false);
        review(ana, l1, "2026-11-24T11:00:00Z", "GOOD", "LEARNING", 2000, false);
        review(ana, l2, "2026-11-25T10:59:00Z", "GOOD", "LEARNING", 4000, false);

        Dashboard dashboard = dashboards.dashboard("ana");

        assertThat(dashboard.today()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(dashboard.days())
                .extracting(DayActivity::day, DayActivity::reviews, DayActivity::durationMs)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 24), 1L, 1000L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 25), 2L, 6000L));
        assertThat(dashboard.streak())
                .as("today has no rating yet, so the streak runs to yesterday")
                .isEqualTo(new Streak(2, 2, false));
    }

    @Test
    void ratings_fall_on_the_learners_own_day_ten_hours_behind_utc() {
        inZone("Pacific/Honolulu");
        review(ana, l1, "2026-11-25T09:59:00Z", "GOOD", "LEARNING", 1000, false);
        review(ana, l2, "2026-11-25T10:00:00Z", "GOOD", "LEARNING", 1000, false);

        Dashboard dashboard = dashboards.dashboard("ana");

        assertThat(dashboard.today()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(dashboard.days())
                .extracting(DayActivity::day)
                .containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25));
        assertThat(dashboard.streak()).isEqualTo(new Streak(2, 2, true));
    }

    @Test
    void a_change_to_summer_time_moves_the_midnight_that_ends_a_day() {
        inZone("Europe/Berlin");
        clock.set(Instant.parse("2026-03-30T12:00:00Z"));
        // 23:30 CET on the 28th; 00:30 CET on the 29th; 00:30 CEST on the 30th (22:30 UTC the evening before).
        review(ana, l1, "2026-03-28T22:30:00Z", "GOOD", "LEARNING", 1000, false);
        review(ana, l2, "2026-03-28T23:30:00Z", "GOOD", "LEARNING", 1000, false);
        review(ana, dropout, "2026-03-29T22:30:00Z", "GOOD", "LEARNING", 1000, false);

        Dashboard dashboard = dashboards.dashboard("ana");

        assertThat(dashboard.days())
                .extracting(DayActivity::day)
                .containsExactly(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30));
        assertThat(dashboard.streak()).isEqualTo(new Streak(3, 3, true));
    }

    @Test
    void undone_ratings_and_other_learners_ratings_are_left_out() {
        review(ana, l1, "2026-11-25T08:00:00Z", "GOOD", "LEARNING", 1000, false);
        review(ana, l2, "2026-11-25T08:01:00Z", "AGAIN", "REVIEW", 1000, true);
        review(bob, l1, "2026-11-20T08:00:00Z", "GOOD", "REVIEW", 1000, false);

        Dashboard dashboard = dashboards.dashboard("ana");

        assertThat(dashboard.totalReviews()).isEqualTo(1);
        assertThat(dashboard.days())
                .singleElement()
                .extracting(DayActivity::matureReviews)
                .isEqualTo(0L);
    }

    @Test
    void true_retention_is_the_share_of_ratings_other_than_again_on_cards_in_review_by_month() {
        review(ana, l1, "2026-10-03T08:00:00Z", "GOOD", "REVIEW", 1000, false);
        review(ana, l2, "2026-10-04T08:00:00Z", "AGAIN", "REVIEW", 1000, false);
        review(ana, dropout, "2026-10-05T08:00:00Z", "HARD", "REVIEW", 1000, false);
        review(ana, adam, "2026-10-05T09:00:00Z", "EASY", "REVIEW", 1000, false);
        review(ana, sgd, "2026-10-06T09:00:00Z", "AGAIN", "LEARNING", 1000, false);
        review(ana, sgd, "2026-10-06T09:05:00Z", "GOOD", "RELEARNING", 1000, false);
        review(ana, l1, "2026-11-02T08:00:00Z", "AGAIN", "REVIEW", 1000, false);

        Dashboard dashboard = dashboards.dashboard("ana");

        assertThat(dashboard.retentionByMonth())
                .containsExactly(
                        new MonthlyRetention(YearMonth.of(2026, 10), 4, 3),
                        new MonthlyRetention(YearMonth.of(2026, 11), 1, 0));
        assertThat(dashboard.retentionByMonth().getFirst().retention()).isEqualTo(0.75);
        assertThat(dashboard.targetRetention()).isEqualTo(0.9);
    }

    @Test
    void the_forecast_counts_cards_due_on_each_of_the_next_thirty_days_with_overdue_ones_today() {
        inZone("Pacific/Honolulu");
        card(ana, l1, 3, "REVIEW", 4.0, "2026-11-01T08:00:00Z");
        card(ana, l2, 3, "REVIEW", 4.0, "2026-11-25T20:00:00Z");
        // 23:30 on the 26th in Honolulu, 09:30 UTC on the 27th.
        card(ana, dropout, 3, "REVIEW", 4.0, "2026-11-27T09:30:00Z");
        card(ana, adam, 3, "REVIEW", 90.0, "2027-03-01T08:00:00Z");
        card(ana, sgd, 0, "LEARNING", null, null);
        card(ana, retiredOne, 3, "REVIEW", 4.0, "2026-11-26T08:00:00Z");
        card(bob, l1, 3, "REVIEW", 4.0, "2026-11-26T08:00:00Z");

        List<DueDay> forecast = dashboards.dashboard("ana").dueForecast();

        assertThat(forecast).hasSize(30);
        assertThat(forecast.get(0)).isEqualTo(new DueDay(LocalDate.of(2026, 11, 25), 2));
        assertThat(forecast.get(1)).isEqualTo(new DueDay(LocalDate.of(2026, 11, 26), 1));
        assertThat(forecast.stream().mapToLong(DueDay::cards).sum()).isEqualTo(3);
    }

    @Test
    void time_spent_per_day_adds_up_the_review_durations() {
        review(ana, l1, "2026-11-24T08:00:00Z", "GOOD", "LEARNING", 61_000, false);
        review(ana, l2, "2026-11-24T09:00:00Z", "GOOD", "LEARNING", 59_000, false);

        Dashboard dashboard = dashboards.dashboard("ana");

        List<DayActivity> recent = dashboard.recentDays(3);
        assertThat(recent).extracting(DayActivity::durationMs).containsExactly(0L, 120_000L, 0L);
        assertThat(dashboard.lastYear()).hasSize(1);
    }

    @Test
    void ratings_fall_on_the_learners_own_day_five_hours_and_forty_five_minutes_ahead_of_utc() {
        inZone("Asia/Kathmandu");
        // 23:59 on the 23rd in Kathmandu; 00:00 on the 24th; 23:59 on the 24th; 16:59 on the 25th, today.
        review(ana, l1, "2026-11-23T18:14:59Z", "GOOD", "REVIEW", 1000, false);
        review(ana, l2, "2026-11-23T18:15:00Z", "AGAIN", "REVIEW", 2000, false);
        review(ana, dropout, "2026-11-24T18:14:00Z", "GOOD", "LEARNING", 4000, false);
        review(ana, adam, "2026-11-25T11:14:00Z", "HARD", "REVIEW", 8000, false);

        Dashboard dashboard = dashboards.dashboard("ana");

        assertThat(dashboard.today()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(dashboard.days())
                .extracting(
                        DayActivity::day,
                        DayActivity::reviews,
                        DayActivity::durationMs,
                        DayActivity::matureReviews,
                        DayActivity::matureRecalled)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 23), 1L, 1000L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 24), 2L, 6000L, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 25), 1L, 8000L, 1L, 1L));
        assertThat(dashboard.streak()).isEqualTo(new Streak(3, 3, true));
    }

    @Test
    void a_zone_that_once_changed_its_offset_off_the_quarter_hour_still_gets_its_own_days() {
        // Casey went from UTC+8 to UTC+11 at 00:01 on 2 October 2022 (16:01 UTC): its days are read from the log.
        inZone("Antarctica/Casey");
        clock.set(Instant.parse("2022-10-03T02:00:00Z"));
        review(ana, l1, "2022-10-01T15:59:00Z", "GOOD", "LEARNING", 1000, false);
        review(ana, l2, "2022-10-01T16:00:30Z", "GOOD", "LEARNING", 1000, false);
        review(ana, dropout, "2022-10-01T16:05:00Z", "GOOD", "LEARNING", 1000, false);
        review(ana, adam, "2022-10-02T12:59:00Z", "GOOD", "LEARNING", 1000, false);
        review(ana, sgd, "2022-10-02T13:00:00Z", "GOOD", "LEARNING", 1000, false);

        Dashboard dashboard = dashboards.dashboard("ana");

        assertThat(dashboard.days())
                .extracting(DayActivity::day, DayActivity::reviews)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 10, 1), 1L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 10, 2), 3L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 10, 3), 1L));
    }

    @Test
    void an_undone_rating_leaves_the_days_as_if_it_had_never_been_given() {
        inZone("Asia/Kathmandu");
        clock.set(Instant.parse("2026-11-24T18:20:00Z"));
        reviews.rate("ana", l1, Rating.GOOD, Duration.ofSeconds(3));
        clock.set(Instant.parse("2026-11-25T06:00:00Z"));
        reviews.rate("ana", l2, Rating.GOOD, Duration.ofSeconds(5));
        reviews.rate("ana", dropout, Rating.AGAIN, Duration.ofSeconds(7));
        Dashboard before = dashboards.dashboard("ana");

        assertThat(reviews.undoLast("ana")).contains(dropout);
        Dashboard afterOne = dashboards.dashboard("ana");
        assertThat(reviews.undoLast("ana")).contains(l2);
        Dashboard afterTwo = dashboards.dashboard("ana");

        assertThat(before.days())
                .extracting(DayActivity::day, DayActivity::reviews, DayActivity::durationMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 25), 3L, 15_000L));
        assertThat(afterOne.days())
                .extracting(DayActivity::day, DayActivity::reviews, DayActivity::durationMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 25), 2L, 8_000L));
        assertThat(afterTwo.days())
                .extracting(DayActivity::day, DayActivity::reviews, DayActivity::durationMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 25), 1L, 3_000L));
        assertThat(afterTwo.streak()).isEqualTo(new Streak(1, 1, true));
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_rollup where user_account_id = ?", Integer.class, ana))
                .as("the quarter hour whose ratings were all undone keeps no row")
                .isEqualTo(1);
        assertThat(dashboards.dashboard("ana").days()).isEqualTo(fromTheLog());
    }

    @Test
    void the_questions_per_section_kept_between_dashboards_follow_every_change_to_the_bank() {
        card(ana, adam, 9, "REVIEW", 30.0, "2026-12-20T08:00:00Z");
        assertThat(mastery())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Regularization", 3L, 0L),
                        org.assertj.core.groups.Tuple.tuple("Optimizers", 1L, 1L));

        // What a sync does to the rows: a question added, one retired, one moved, a section renamed.
        bank.write(content -> {
            Section regularization = content.question(l1).getSection();
            content.question(regularization, "What is weight decay?");
            content.question(l2).retire();
            content.question(adam).moveTo(regularization);
            regularization.describe("Regularisation", 0, null);
        });

        assertThat(mastery())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Regularisation", 3L, 1L),
                        org.assertj.core.groups.Tuple.tuple("Optimizers", 1L, 0L));
        assertThat(dashboards.dashboard("ana").dueForecast().stream()
                        .mapToLong(DueDay::cards)
                        .sum())
                .isEqualTo(1);

        bank.write(content -> content.question(retiredOne).revive());
        assertThat(mastery()).first().isEqualTo(org.assertj.core.groups.Tuple.tuple("Regularisation", 4L, 1L));

        bank.write(content -> {
            Page machineLearning = content.question(l1).getSection().getPage();
            machineLearning.describe(TestBank.unlisted(machineLearning.description()));
        });
        assertThat(dashboards.dashboard("ana").mastery())
                .as("an unlisted page's sections are not offered")
                .isEmpty();
    }

    @Test
    void a_learner_sees_the_questions_per_section_another_learner_had_kept_and_their_own_cards() {
        card(bob, l1, 9, "REVIEW", 50.0, "2026-12-20T08:00:00Z");
        assertThat(dashboards.dashboard("bob").mastery())
                .extracting(SectionMastery::mastered)
                .containsExactly(1L, 0L);

        card(ana, sgd, 2, "LEARNING", 0.5, "2026-11-25T12:10:00Z");

        assertThat(mastery())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Regularization", 3L, 0L),
                        org.assertj.core.groups.Tuple.tuple("Optimizers", 1L, 0L));
        assertThat(dashboards.dashboard("ana").mastery())
                .extracting(SectionMastery::learning)
                .containsExactly(0L, 1L);
    }

    /** Ana's mastery per section: title, new questions, mastered ones. */
    private List<org.assertj.core.groups.Tuple> mastery() {
        return dashboards.dashboard("ana").mastery().stream()
                .map(section -> org.assertj.core.groups.Tuple.tuple(
                        section.sectionTitle(), section.fresh(), section.mastered()))
                .toList();
    }

    /** The days as the log itself says, read with the statement the rollup replaced. */
    private List<DayActivity> fromTheLog() {
        Dashboard dashboard = dashboards.dashboard("ana");
        var statement = DashboardQueries.daysFromLog(
                ana, dashboard.zone(), Instant.parse("2026-01-01T00:00:00Z"), clock.instant());
        var named = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(dataSource);
        var parameters = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
        statement
                .parameters()
                .forEach((name, value) ->
                        parameters.addValue(name, value instanceof Instant instant ? utc(instant.toString()) : value));
        return named.query(
                statement.sql(),
                parameters,
                (row, i) -> new DayActivity(
                        LocalDayExpression.day(row.getLong(1)),
                        row.getLong(2),
                        row.getLong(3),
                        row.getLong(4),
                        row.getLong(5)));
    }

    private void inZone(String zone) {
        accounts.updatePreferences("ana", StudyPreferences.DEFAULTS.inZone(ZoneId.of(zone)));
    }

    private void card(
            long learner, long question, int reps, String phase, @Nullable Double stability, @Nullable String due) {
        jdbc.update(
                """
                insert into card_state (id, version, user_account_id, question_id, phase, step, stability, difficulty,
                    due_at, last_review_at, reps, lapses, seen_content_version, bookmarked)
                values (?, 0, ?, ?, ?, null, ?, ?, ?, null, ?, 0, 1, false)
                """,
                IDS.incrementAndGet(),
                learner,
                question,
                phase,
                stability,
                stability == null ? null : 5.0,
                due == null ? null : utc(due),
                reps);
    }

    private void review(
            long learner,
            long question,
            String at,
            String rating,
            String phaseBefore,
            long durationMs,
            boolean undone) {
        jdbc.update(
                """
                insert into review_log (id, user_account_id, question_id, rating, reviewed_at, duration_ms,
                    content_version, retrievability, phase_before, step_before, stability_before, difficulty_before,
                    due_before, last_review_before, reps_before, lapses_before, phase_after, step_after,
                    stability_after, difficulty_after, due_after, undone_at)
                values (?, ?, ?, ?, ?, ?, 1, null, ?, null, null, null, null, null, 1, 0, 'REVIEW', null, 3.0, 5.0, ?, ?)
                """,
                IDS.incrementAndGet(),
                learner,
                question,
                rating,
                utc(at),
                durationMs,
                phaseBefore,
                utc(at).plusDays(3),
                undone ? utc(at).plusMinutes(1) : null);
        try (Connection connection = dataSource.getConnection()) {
            V23__ReviewRollup.rebuild(connection, learner);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stored instants are UTC wall-clock times (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(String instant) {
        return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }
}
