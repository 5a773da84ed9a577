package dev.studyportal.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanPaceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);
    /** A Good card's first spaced review comes two days after it is learned, and must fall before the date. */
    private static final int LEAD = 3;

    private static final int SETTINGS_LIMIT = 20;

    @Test
    void a_date_spreads_the_new_questions_over_the_days_that_leave_room_for_a_first_review() {
        // 14 Jan minus 3 days: introductions from 1 to 11 Jan, eleven days; 132 questions need 12 a day.
        PlanPace pace = PlanPace.of(TODAY, TODAY, LocalDate.of(2027, 1, 14), null, 132, LEAD, SETTINGS_LIMIT);

        assertThat(pace.newPerDay()).isEqualTo(12);
        assertThat(pace.lastNewDay()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(pace.describe(TODAY)).isEqualTo("12 new a day until 11 Jan, then reviews only.");
        assertThat(pace.newOn(LocalDate.of(2027, 1, 11))).isEqualTo(12);
        assertThat(pace.newOn(LocalDate.of(2027, 1, 12))).isZero();
    }

    @Test
    void a_budget_of_the_learners_own_says_when_it_comes_too_late() {
        PlanPace pace = PlanPace.of(TODAY, TODAY, LocalDate.of(2027, 1, 14), 5, 132, LEAD, SETTINGS_LIMIT);

        assertThat(pace.newPerDay()).isEqualTo(5);
        assertThat(pace.shortBy()).isEqualTo(132 - 11 * 5);
        assertThat(pace.describe(TODAY))
                .isEqualTo("5 new a day until 27 Jan, then reviews only."
                        + " At this pace 77 questions come too late for a first review before 14 Jan.");
    }

    @Test
    void the_settings_limit_caps_a_pace_that_asks_for_more() {
        PlanPace pace = PlanPace.of(TODAY, TODAY, LocalDate.of(2027, 1, 5), null, 100, LEAD, SETTINGS_LIMIT);

        assertThat(pace.newPerDay()).isEqualTo(50);
        assertThat(pace.newOn(TODAY)).isEqualTo(SETTINGS_LIMIT);
        assertThat(pace.describe(TODAY))
                .contains("20 new a day until 5 Jan")
                .contains("The plan asks for 50 a day; your daily limit in Settings caps it at 20.")
                .contains("60 questions come too late");
    }

    @Test
    void a_date_too_close_for_first_reviews_puts_everything_on_today() {
        PlanPace pace = PlanPace.of(TODAY, TODAY, TODAY.plusDays(1), null, 8, LEAD, SETTINGS_LIMIT);

        assertThat(pace.newPerDay()).isEqualTo(8);
        assertThat(pace.describe(TODAY))
                .isEqualTo(
                        "The interview is too close for first reviews before it: 8 new on 1 Jan, then reviews only.");
    }

    @Test
    void a_passed_date_adds_no_new_questions() {
        PlanPace pace = PlanPace.of(TODAY, TODAY.minusDays(30), TODAY.minusDays(1), null, 40, LEAD, SETTINGS_LIMIT);

        assertThat(pace.newOn(TODAY)).isZero();
        assertThat(pace.describe(TODAY)).startsWith("The interview date has passed");
    }

    @Test
    void a_scope_with_nothing_new_left_is_reviews_only() {
        PlanPace pace = PlanPace.of(TODAY, TODAY, LocalDate.of(2027, 2, 1), null, 0, LEAD, SETTINGS_LIMIT);

        assertThat(pace.newOn(TODAY)).isZero();
        assertThat(pace.describe(TODAY))
                .isEqualTo("Every question in scope has been introduced: reviews only until 1 Feb.");
    }

    @Test
    void a_plan_that_starts_later_introduces_nothing_before_its_start() {
        LocalDate start = TODAY.plusDays(3);
        PlanPace pace = PlanPace.of(TODAY, start, null, 4, 10, LEAD, SETTINGS_LIMIT);

        assertThat(pace.newOn(TODAY)).isZero();
        assertThat(pace.newOn(start)).isEqualTo(4);
        assertThat(pace.describe(TODAY)).isEqualTo("Starts 4 Jan: 4 new a day until 6 Jan, then reviews only.");
    }

    @Test
    void without_a_date_or_budget_the_settings_limit_is_the_pace() {
        PlanPace pace = PlanPace.of(TODAY, TODAY, null, null, 45, LEAD, SETTINGS_LIMIT);

        assertThat(pace.newPerDay()).isEqualTo(SETTINGS_LIMIT);
        assertThat(pace.lastNewDay()).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void days_are_calendar_days_across_a_daylight_saving_change() {
        // Europe's clocks go forward on 28 Mar 2027; whole dates are untouched by it.
        LocalDate today = LocalDate.of(2027, 3, 27);
        PlanPace pace = PlanPace.of(today, today, LocalDate.of(2027, 3, 31), null, 10, LEAD, SETTINGS_LIMIT);

        // 31 Mar minus three days: 27 and 28 Mar, two days, whatever the clocks did on the 28th.
        assertThat(pace.newPerDay()).isEqualTo(5);
        assertThat(pace.lastNewDay()).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(pace.describe(today)).isEqualTo("5 new a day until 28 Mar, then reviews only.");
    }

    @Test
    void a_date_in_another_year_names_its_year() {
        PlanPace pace =
                PlanPace.of(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 30), null, 1, 5, LEAD, SETTINGS_LIMIT);

        assertThat(pace.describe(LocalDate.of(2026, 12, 30)))
                .isEqualTo("1 new a day until 3 Jan 2027, then reviews only.");
    }
}
