package dev.studyportal.core.assignment;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The written completion rule, the one place it is decided (the SQL in {@link AssignmentQueries} counts by the
 * same test, and the service tests hold the two together):
 * <p>
 * <b>A question of the set counts for a member</b> when they have rated it at least once since the assignment
 * was made, and the last of those ratings before the due moment was Good or Easy. A rating that was undone does
 * not exist. A question the bank has retired no longer belongs to the assignment.
 * <p>
 * <b>The member is done</b> when every question counts. The due moment is the end of the due day in the
 * cohort's time zone ({@link DueDate}); a Again after it does not undo a question that counted on time.
 * A member who has not finished by then is <b>overdue</b>; when every question's latest rating since the
 * assignment is Good or Easy, but some only after the due moment, they are <b>done late</b>. Before the due
 * moment a member is <b>not started</b> (nothing rated since the assignment) or <b>in progress</b>.
 * <p>
 * <b>Behind</b>: before the due moment, a member who is not done is behind when the share of questions that
 * count for them is lower than the share of the time from assignment to due moment that has passed (half the
 * time gone, fewer than half the questions counting).
 */
public final class CompletionRule {

    private CompletionRule() {}

    /**
     * A member's counts on one assignment.
     *
     * @param questions the assignment's active questions
     * @param rated     questions rated at least once since the assignment was made
     * @param onTime    questions that counted before the due moment
     * @param late      questions that count now but did not before the due moment
     */
    public record Counts(int questions, int rated, int onTime, int late) {

        public int counting() {
            return onTime + late;
        }

        /** The share of the questions that count, 0 to 1; an assignment without active questions is complete. */
        public double doneShare() {
            return questions == 0 ? 1 : (double) counting() / questions;
        }
    }

    /** Whether a question counted before the due moment, from the member's latest ratings of it before then. */
    public static boolean countsOnTime(@Nullable Instant goodBeforeDue, @Nullable Instant badBeforeDue) {
        return lastIsGood(goodBeforeDue, badBeforeDue);
    }

    /** Whether a question counts at all, on time or late: from the latest ratings since the assignment. */
    public static boolean counts(
            @Nullable Instant goodBeforeDue,
            @Nullable Instant badBeforeDue,
            @Nullable Instant latestGood,
            @Nullable Instant latestBad) {
        return countsOnTime(goodBeforeDue, badBeforeDue) || lastIsGood(latestGood, latestBad);
    }

    /** Good or Easy last: a Good/Easy rating later than any Again/Hard one (a tie goes to the Again). */
    static boolean lastIsGood(@Nullable Instant latestGood, @Nullable Instant latestBad) {
        return latestGood != null && (latestBad == null || latestGood.isAfter(latestBad));
    }

    public static AssignmentState state(Counts counts, Instant now, Instant dueAt) {
        if (counts.onTime() >= counts.questions()) {
            return AssignmentState.DONE;
        }
        if (counts.counting() >= counts.questions()) {
            return AssignmentState.DONE_LATE;
        }
        if (!now.isBefore(dueAt)) {
            return AssignmentState.OVERDUE;
        }
        return counts.rated() == 0 ? AssignmentState.NOT_STARTED : AssignmentState.IN_PROGRESS;
    }

    /** The share, 0 to 1, of the time from assignment to due moment that has passed at {@code now}. */
    public static double elapsedShare(Instant assignedAt, Instant dueAt, Instant now) {
        long whole = Duration.between(assignedAt, dueAt).toMillis();
        if (whole <= 0 || !now.isBefore(dueAt)) {
            return 1;
        }
        return Math.max(0, (double) Duration.between(assignedAt, now).toMillis() / whole);
    }

    /** Behind, as the class docs write it: only before the due moment, only someone not yet done. */
    public static boolean behind(Counts counts, Instant assignedAt, Instant dueAt, Instant now) {
        return now.isBefore(dueAt)
                && !state(counts, now, dueAt).isDone()
                && counts.doneShare() < elapsedShare(assignedAt, dueAt, now);
    }
}
