package dev.studyportal.bench;

/**
 * The class analytics' statements as they were before migration V24 (commit 0a055c9), read question by question
 * through V22's ix_review_log_assignment: the benchmark's second floor, so that a run shows what the rewrite
 * gained on the same data. Copied, not shared, as the statements in core have moved on; the question figures did
 * not change and are not repeated here.
 */
final class CohortQueriesBeforeV24 {

    private static final String RATINGS = """
            select l.user_account_id as member_id, l.question_id as question_id,
                   max(case when l.rating in ('GOOD', 'EASY') and l.reviewed_at < :due then l.reviewed_at end) as good_before,
                   max(case when l.rating in ('AGAIN', 'HARD') and l.reviewed_at < :due then l.reviewed_at end) as bad_before,
                   max(case when l.rating in ('GOOD', 'EASY') then l.reviewed_at end) as good_any,
                   max(case when l.rating in ('AGAIN', 'HARD') then l.reviewed_at end) as bad_any
            from question_set_item i
            join question q on q.id = i.question_id and q.retired = false
            join review_log l on l.question_id = i.question_id and l.reviewed_at >= :assigned and l.undone_at is null
            join cohort_member cm on cm.user_account_id = l.user_account_id and cm.cohort_id = :cohort and cm.role = 'MEMBER'
            where i.set_id = :set %s
            group by l.user_account_id, l.question_id
            """;

    private static final String ON_TIME = """
            (r.good_before is not null and (r.bad_before is null or r.good_before > r.bad_before))""";
    private static final String GOOD_LAST = """
            (r.good_any is not null and (r.bad_any is null or r.good_any > r.bad_any))""";

    private static final String PROGRESS = """
            select m.user_account_id, u.username, u.display_name,
                   count(r.question_id),
                   coalesce(sum(case when %1$s then 1 else 0 end), 0),
                   coalesce(sum(case when not %1$s and %2$s then 1 else 0 end), 0)
            from cohort_member m
            join user_account u on u.id = m.user_account_id
            left join (%3$s) r on r.member_id = m.user_account_id
            where m.cohort_id = :cohort and m.role = 'MEMBER' %4$s
            group by m.user_account_id, u.username, u.display_name
            order by u.display_name, u.username, m.user_account_id
            """;

    static final String ALL_PROGRESS = PROGRESS.formatted(ON_TIME, GOOD_LAST, RATINGS.formatted(""), "");

    static final String CELLS = """
            select c.user_account_id, c.question_id, c.reps, c.phase, c.stability, c.due_at,
                   r.good_before, r.bad_before, r.good_any, r.bad_any
            from question_set_item i
            join question q on q.id = i.question_id and q.retired = false
            join card_state c on c.question_id = i.question_id and c.user_account_id in (:members) and c.reps > 0
            left join (%s) r on r.member_id = c.user_account_id and r.question_id = c.question_id
            where i.set_id = :set
            """.formatted(RATINGS.formatted("and l.user_account_id in (:members)"));

    static final String AGAIN_SHARE = """
            select l.question_id, count(*), sum(case when l.rating = 'AGAIN' then 1 else 0 end)
            from question_set_item i
            join question q on q.id = i.question_id and q.retired = false
            join review_log l on l.question_id = i.question_id and l.reviewed_at >= :since and l.undone_at is null
            join cohort_member m on m.user_account_id = l.user_account_id and m.cohort_id = :cohort and m.role = 'MEMBER'
            where i.set_id = :set
            group by l.question_id
            """;

    private CohortQueriesBeforeV24() {}
}
