package dev.studyportal.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.assignment.CompletionRule.Counts;
import dev.studyportal.core.review.fsrs.CardPhase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    static final Instant ASSIGNED = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant DUE = Instant.parse("2026-11-30T10:00:00Z");
    static final Instant BEFORE = Instant.parse("2026-11-25T10:00:00Z");
    static final Instant AFTER = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void a_question_counts_when_the_last_rating_before_the_due_moment_was_good_or_easy() {
        Instant early = Instant.parse("2026-11-21T09:00:00Z");
        Instant later = Instant.parse("2026-11-22T09:00:00Z");

        assertThat(CompletionRule.countsOnTime(later, early)).isTrue();
        assertThat(CompletionRule.countsOnTime(early, later))
                .as("Again after the Good")
                .isFalse();
        assertThat(CompletionRule.countsOnTime(null, later)).isFalse();
        assertThat(CompletionRule.countsOnTime(early, early))
                .as("a tie goes to the Again")
                .isFalse();
    }

    @Test
    void a_good_rating_after_the_due_moment_counts_late() {
        Instant afterDue = Instant.parse("2026-12-01T09:00:00Z");
        Instant beforeDue = Instant.parse("2026-11-29T09:00:00Z");

        assertThat(CompletionRule.counts(null, beforeDue, afterDue, beforeDue)).isTrue();
        assertThat(CompletionRule.countsOnTime(null, beforeDue)).isFalse();
    }

    @Test
    void states_follow_the_counts_and_the_due_moment() {
        assertThat(CompletionRule.state(new Counts(3, 0, 0, 0), BEFORE, DUE)).isEqualTo(AssignmentState.NOT_STARTED);
        assertThat(CompletionRule.state(new Counts(3, 2, 1, 0), BEFORE, DUE)).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(CompletionRule.state(new Counts(3, 3, 3, 0), BEFORE, DUE)).isEqualTo(AssignmentState.DONE);
        assertThat(CompletionRule.state(new Counts(3, 3, 3, 0), AFTER, DUE)).isEqualTo(AssignmentState.DONE);
        assertThat(CompletionRule.state(new Counts(3, 3, 2, 1), AFTER, DUE)).isEqualTo(AssignmentState.DONE_LATE);
        assertThat(CompletionRule.state(new Counts(3, 3, 2, 0), AFTER, DUE)).isEqualTo(AssignmentState.OVERDUE);
        assertThat(CompletionRule.state(new Counts(3, 0, 0, 0), DUE, DUE))
                .as("due means the moment has come")
                .isEqualTo(AssignmentState.OVERDUE);
    }

    @Test
    void a_member_is_behind_when_fewer_questions_count_than_the_share_of_time_gone() {
        // Halfway through: 4 of 10 counting is behind, 5 of 10 is not.
        assertThat(CompletionRule.elapsedShare(ASSIGNED, DUE, BEFORE)).isEqualTo(0.5);
        assertThat(CompletionRule.behind(new Counts(10, 6, 4, 0), ASSIGNED, DUE, BEFORE))
                .isTrue();
        assertThat(CompletionRule.behind(new Counts(10, 5, 5, 0), ASSIGNED, DUE, BEFORE))
                .isFalse();
        assertThat(CompletionRule.behind(new Counts(10, 0, 0, 0), ASSIGNED, DUE, AFTER))
                .as("overdue, no longer behind")
                .isFalse();
    }

    @Test
    void a_due_day_ends_at_midnight_in_the_cohorts_zone_whatever_the_members_zones() {
        LocalDate day = LocalDate.of(2026, 11, 30);

        assertThat(DueDate.endOf(day, ZoneId.of("Pacific/Tongatapu"))).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        assertThat(DueDate.endOf(day, ZoneId.of("Pacific/Honolulu"))).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(DueDate.endOf(day, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void today_in_the_cohorts_zone_decides_whether_a_day_has_passed() {
        // 10:30 UTC on 25 Nov is 23:30 on the 25th in Tongatapu (UTC+13) and 00:30 on the 25th in Honolulu (UTC-10).
        Instant now = Instant.parse("2026-11-25T10:30:00Z");
        assertThat(DueDate.today(now, ZoneId.of("Pacific/Tongatapu"))).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(DueDate.today(now, ZoneId.of("Pacific/Honolulu"))).isEqualTo(LocalDate.of(2026, 11, 25));
        Instant late = Instant.parse("2026-11-25T11:30:00Z");
        assertThat(DueDate.today(late, ZoneId.of("Pacific/Tongatapu"))).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void each_cell_has_exactly_one_status_in_the_written_order() {
        Instant now = BEFORE;
        Instant future = now.plusSeconds(86_400);
        Instant past = now.minusSeconds(60);

        assertThat(CellStatus.of(0, null, null, null, false, now)).isEqualTo(CellStatus.NOT_SEEN);
        assertThat(CellStatus.of(1, CardPhase.LEARNING, 3.0, future, true, now)).isEqualTo(CellStatus.KNOWN);
        assertThat(CellStatus.of(1, CardPhase.LEARNING, 0.5, future, false, now))
                .isEqualTo(CellStatus.LEARNING);
        assertThat(CellStatus.of(4, CardPhase.RELEARNING, 2.0, future, true, now))
                .isEqualTo(CellStatus.DUE_OR_FORGOTTEN);
        assertThat(CellStatus.of(4, CardPhase.REVIEW, 30.0, past, true, now)).isEqualTo(CellStatus.DUE_OR_FORGOTTEN);
        assertThat(CellStatus.of(4, CardPhase.REVIEW, 30.0, future, false, now)).isEqualTo(CellStatus.MASTERED);
        assertThat(CellStatus.of(4, CardPhase.REVIEW, 5.0, future, false, now)).isEqualTo(CellStatus.LEARNING);
    }
}
