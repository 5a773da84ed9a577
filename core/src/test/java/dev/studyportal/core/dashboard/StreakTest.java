package dev.studyportal.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreakTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void no_days_make_no_streak() {
        assertThat(Streak.of(List.of(), TODAY)).isEqualTo(Streak.NONE);
    }

    @Test
    void today_alone_is_a_streak_of_one() {
        assertThat(Streak.of(List.of(TODAY), TODAY)).isEqualTo(new Streak(1, 1, true));
    }

    @Test
    void a_streak_up_to_yesterday_holds_until_today_ends() {
        assertThat(Streak.of(List.of(TODAY.minusDays(2), TODAY.minusDays(1)), TODAY))
                .isEqualTo(new Streak(2, 2, false));
    }

    @Test
    void a_whole_day_without_a_rating_breaks_the_streak_but_not_the_record() {
        List<LocalDate> days = List.of(TODAY.minusDays(6), TODAY.minusDays(5), TODAY.minusDays(4), TODAY.minusDays(2));

        assertThat(Streak.of(days, TODAY)).isEqualTo(new Streak(0, 3, false));
        assertThat(Streak.of(days, TODAY.minusDays(1))).isEqualTo(new Streak(1, 3, false));
    }

    @Test
    void the_current_streak_counts_back_from_today_across_a_month_end() {
        LocalDate firstOfMonth = LocalDate.of(2026, 12, 1);
        List<LocalDate> days = List.of(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30), firstOfMonth);

        assertThat(Streak.of(days, firstOfMonth)).isEqualTo(new Streak(3, 3, true));
    }

    @Test
    void days_after_today_from_a_changed_time_zone_do_not_count() {
        assertThat(Streak.of(List.of(TODAY, TODAY.plusDays(1)), TODAY)).isEqualTo(new Streak(1, 1, true));
    }
}
