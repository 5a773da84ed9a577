package dev.studyportal.bench;

import dev.studyportal.core.assignment.AssignmentQueries;
import dev.studyportal.core.review.fsrs.FsrsParameters;
import dev.studyportal.core.review.fsrs.FsrsScheduler;

/**
 * The two class-analytics statements that migration V26 replaced, as they were at commit 31e30ab: the share of
 * Again over the members' ratings of the last 90 days (from V24's index), and the question figures reached through
 * the set's items and the cohort's members. With {@link AssignmentQueries.RatingSource#LOG} for progress and cells
 * (the statements every assignment used before V26, and one past its due moment still uses), they are the
 * benchmark's second floor: what the cards' rating moments gained, on the same data in the same run. Copied, not
 * shared: core no longer has them.
 */
final class CohortQueriesBeforeV26 {

    private static final FsrsScheduler CURVE = new FsrsScheduler(FsrsParameters.defaults());

    /** Parameters: {@code cohort}, {@code since} (90 days back), {@code members}, {@code questions}. */
    static final String AGAIN_SHARE = """
            select l.question_id, count(*), sum(case when l.rating = 'AGAIN' then 1 else 0 end)
            from cohort_member m
            join review_log l on l.user_account_id = m.user_account_id and l.undone_at is null and l.reviewed_at >= :since
            where m.cohort_id = :cohort and m.role = 'MEMBER' and l.user_account_id in (:members)
              and l.question_id in (:questions)
            group by l.question_id
            """;

    /** Parameters: {@code cohort}, {@code set}, {@code now}, {@code later}. */
    static final String QUESTION_FIGURES = """
            select c.question_id, count(*), sum(c.lapses), sum(c.reps),
                   avg(case when c.phase = 'REVIEW' then c.stability end),
                   avg(power(1 + :factor * floor(timestampdiff(second, c.last_review_at, :now) / 86400) / c.stability, :decay)),
                   avg(power(1 + :factor * floor(timestampdiff(second, c.last_review_at, :later) / 86400) / c.stability, :decay))
            from question_set_item i
            join question q on q.id = i.question_id and q.retired = false
            join card_state c on c.question_id = i.question_id and c.reps > 0
                              and c.stability is not null and c.last_review_at is not null
            join cohort_member m on m.user_account_id = c.user_account_id and m.cohort_id = :cohort and m.role = 'MEMBER'
            where i.set_id = :set
            group by c.question_id
            """.replace(":factor", Double.toString(CURVE.curveFactor()))
            .replace(":decay", Double.toString(CURVE.curveDecay()));

    private CohortQueriesBeforeV26() {}
}
