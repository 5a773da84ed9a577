package dev.studyportal.core.assignment;

import dev.studyportal.core.review.fsrs.FsrsParameters;
import dev.studyportal.core.review.fsrs.FsrsScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL behind assignments and class analytics, with named parameters, the same on H2 and MariaDB. Every
 * statement groups: a cohort of 200 on a 100-question set is read as a few hundred aggregate rows, never as
 * 20,000 entities. Public so that the benchmark measures its floor with exactly these statements over plain
 * JDBC.
 * <p>
 * Parameters: {@code cohort}, {@code set}, {@code assigned} (when the assignment was made), {@code due} (its
 * due moment), {@code now}; {@code members} and {@code questions}, ids as constants ({@link #ids}), where a
 * statement reads ratings by member (migration V24). Members are the cohort's people with the role MEMBER; owners and instructors teach
 * and are not assigned.
 */
public final class AssignmentQueries {

    /** The cohort's forgetting curve: every member's cards decay alike (only desired retention is personal). */
    static final FsrsScheduler CURVE = new FsrsScheduler(FsrsParameters.defaults());

    /** "About to forget": the cohort's average retrievability falls below this ... */
    public static final double FORGET_THRESHOLD = 0.8;
    /** ... within this many days. */
    public static final int FORGET_HORIZON_DAYS = 7;

    /** The set's active questions in the set's order: the assignment's questions, the matrix's columns. */
    public static final String QUESTIONS = """
            select q.id, q.title, q.display_number
            from question_set_item i join question q on q.id = i.question_id
            where i.set_id = :set and q.retired = false
            order by i.position
            """;

    /**
     * Per member and question of the set, the latest Good-or-Easy and the latest Again-or-Hard rating since the
     * assignment was made, before the due moment and at all: what {@link CompletionRule} needs, from the review log
     * ({@link RatingSource#LOG}: once the assignment is due). {@code %s} takes the members: {@code
     * l.user_account_id} equal to one or in a list of constants. Read by member: each
     * member's ratings since the assignment are one range of V24's index, where reading by question probed the
     * index once per member and question. The members and the set's active questions ({@code questions}, the
     * ids of {@link #QUESTIONS}, which the caller has read already) come as constants rather than by joining the
     * cohort and the set: only constants give MariaDB a range on the index (user, undone, time), as joined it
     * can look up a member's whole history by (user, undone) alone and prefers reading question by question; and
     * a semi-join on the set's items made it scan the set's items once per rating.
     */
    static final String LOG_RATINGS = """
            select l.user_account_id as member_id, l.question_id as question_id,
                   max(case when l.rating in ('GOOD', 'EASY') and l.reviewed_at < :due then l.reviewed_at end) as good_before,
                   max(case when l.rating in ('AGAIN', 'HARD') and l.reviewed_at < :due then l.reviewed_at end) as bad_before,
                   max(case when l.rating in ('GOOD', 'EASY') then l.reviewed_at end) as good_any,
                   max(case when l.rating in ('AGAIN', 'HARD') then l.reviewed_at end) as bad_any
            from cohort_member cm
            join review_log l on l.user_account_id = cm.user_account_id and l.undone_at is null and l.reviewed_at >= :assigned
            where cm.cohort_id = :cohort and cm.role = 'MEMBER' and l.question_id in (:questions) and %s
            group by l.user_account_id, l.question_id
            """;

    /**
     * Per member, as {@link #PROGRESS} with {@link #LOG_RATINGS}, from the members' cards ({@link RatingSource#CARDS}:
     * before the due moment). Every rating so far came before the due moment then, so nothing counts late, and a
     * card's latest rating of each kind (V26) is the latest since the assignment whenever it came after it: a
     * question counts when its latest Good or Easy came since the assignment and after any Again or Hard. One row
     * per member and question, where the log holds every rating; each member's cards are read from
     * ix_card_state_cohort alone. The questions' filter is {@code question_id + 0} on purpose: as a range on the
     * index's second column, MariaDB probes it once per member and question; as a filter, it reads each member's
     * cards as one range. {@code %s} narrows the members (on {@code m}) or is empty.
     */
    static final String CARD_PROGRESS = """
            select m.user_account_id, u.username, u.display_name,
                   count(c.question_id),
                   coalesce(sum(case when c.last_good_at >= :assigned
                                      and (c.last_bad_at is null or c.last_good_at > c.last_bad_at)
                                     then 1 else 0 end), 0),
                   0
            from cohort_member m
            join user_account u on u.id = m.user_account_id
            left join card_state c on c.user_account_id = m.user_account_id and c.last_review_at >= :assigned
                                  and c.question_id + 0 in (:questions)
            where m.cohort_id = :cohort and m.role = 'MEMBER' %s
            group by m.user_account_id, u.username, u.display_name
            order by u.display_name, u.username, m.user_account_id
            """;

    /** The cohort's members' ids, for the statements that take them as a list ({@code members}). */
    public static final String MEMBER_IDS = """
            select m.user_account_id from cohort_member m where m.cohort_id = :cohort and m.role = 'MEMBER'
            """;

    private static final String ON_TIME = """
            (r.good_before is not null and (r.bad_before is null or r.good_before > r.bad_before))""";
    private static final String GOOD_LAST = """
            (r.good_any is not null and (r.bad_any is null or r.good_any > r.bad_any))""";

    /**
     * Per member: questions rated since the assignment, counting on time, counting late ({@link CompletionRule}).
     * Members without a rating get a row of zeros. {@code %s} narrows the members (on {@code m}) or is empty.
     */
    static final String PROGRESS = """
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

    /**
     * The members in the matrix's order, a page at a time (the caller adds the limit). Their counts for the rule
     * come from the page's {@link RatingSource#cells}, which carry the same four instants per question.
     */
    public static final String MEMBER_PAGE = """
            select m.user_account_id, u.username, u.display_name
            from cohort_member m join user_account u on u.id = m.user_account_id
            where m.cohort_id = :cohort and m.role = 'MEMBER'
            order by u.display_name, u.username, m.user_account_id
            """;

    public static final String COUNT_MEMBERS = """
            select count(*) from cohort_member m where m.cohort_id = :cohort and m.role = 'MEMBER'
            """;

    /**
     * Per question, over the members who have rated it: learners, lapses, ratings, average stability in review,
     * the average FSRS retrievability now and in {@link #FORGET_HORIZON_DAYS} days by {@link
     * FsrsScheduler#retrievability}'s curve with whole days elapsed (about to forget: the later one below {@link
     * #FORGET_THRESHOLD}), and Agains (their share of the ratings: hardest). One pass over the cohort's cards, read
     * member by member from V26's ix_card_state_cohort alone ({@code members}, {@code questions}: constants, the
     * questions as a filter as {@link #CARD_PROGRESS} says why), serves "hardest" and "about to forget". The curve's two constants are written
     * into the statement: bound as parameters, H2 took them at a lower precision than the scheduler's. Every number in the
     * curve is a double literal ({@code 86400e0}, {@link #doubleLiteral}): MariaDB reads {@code 0.2345679012345679}
     * as a decimal and computes in decimal, which took 53 ms over 20,000 cards where doubles take 36.
     */
    public static final String QUESTION_FIGURES = """
            select c.question_id, count(*), sum(c.lapses), sum(c.reps),
                   avg(case when c.phase = 'REVIEW' then c.stability end),
                   avg(power(1 + :factor * floor(timestampdiff(second, c.last_review_at, :now) / 86400e0) / c.stability, :decay)),
                   avg(power(1 + :factor * floor(timestampdiff(second, c.last_review_at, :later) / 86400e0) / c.stability, :decay)),
                   sum(c.agains)
            from card_state c
            where c.user_account_id in (:members) and c.question_id + 0 in (:questions) and c.reps > 0
              and c.stability is not null and c.last_review_at is not null
            group by c.question_id
            """.replace(":factor", doubleLiteral(CURVE.curveFactor()))
            .replace(":decay", doubleLiteral(CURVE.curveDecay()));

    /** A double as SQL reads a double, not a decimal: with an exponent. */
    static String doubleLiteral(double value) {
        String text = Double.toString(value);
        return text.contains("E") ? text : text + "e0";
    }

    /**
     * Where the completion rule's four instants per member and question come from, which decides the statements
     * for progress and the matrix's cells. Both give the same answer before the due moment (a contract test holds
     * them to it); only the log can tell, after it, which ratings came before it.
     */
    public enum RatingSource {
        /** Before the due moment: the cards' latest ratings (V26), one row per member and question. */
        CARDS(CARD_PROGRESS.formatted(""), CARD_PROGRESS.formatted("and m.user_account_id = :member"), """
                select c.user_account_id, c.question_id, c.reps, c.phase, c.stability, c.due_at,
                       case when c.last_good_at >= :assigned then c.last_good_at end,
                       case when c.last_bad_at >= :assigned then c.last_bad_at end,
                       case when c.last_good_at >= :assigned then c.last_good_at end,
                       case when c.last_bad_at >= :assigned then c.last_bad_at end
                from card_state c
                where c.user_account_id in (:members) and c.reps > 0 and c.question_id + 0 in (:questions)
                """),
        /** From the due moment on: every rating since the assignment, from V24's index. */
        LOG(
                PROGRESS.formatted(ON_TIME, GOOD_LAST, LOG_RATINGS.formatted("l.user_account_id in (:members)"), ""),
                PROGRESS.formatted(
                        ON_TIME,
                        GOOD_LAST,
                        LOG_RATINGS.formatted("l.user_account_id = :member"),
                        "and m.user_account_id = :member"),
                """
                select c.user_account_id, c.question_id, c.reps, c.phase, c.stability, c.due_at,
                       r.good_before, r.bad_before, r.good_any, r.bad_any
                from card_state c
                left join (%s) r on r.member_id = c.user_account_id and r.question_id = c.question_id
                where c.user_account_id in (:members) and c.reps > 0 and c.question_id in (:questions)
                """.formatted(LOG_RATINGS.formatted("l.user_account_id in (:members)")));

        private final String allProgress;
        private final String ownProgress;
        private final String cells;

        RatingSource(String allProgress, String ownProgress, String cells) {
            this.allProgress = allProgress;
            this.ownProgress = ownProgress;
            this.cells = cells;
        }

        /** The cards until the due moment, the log from then on. */
        public static RatingSource at(Instant now, Instant dueAt) {
            return now.isBefore(dueAt) ? CARDS : LOG;
        }

        /**
         * Every member's progress ({@code members}: their ids, {@link #MEMBER_IDS}), for the analytics and "who is
         * behind". Members without a rating get a row of zeros.
         */
        public String allProgress() {
            return allProgress;
        }

        /** One member's progress ({@code member}), for their own view and Today. */
        public String ownProgress() {
            return ownProgress;
        }

        /**
         * The matrix's cells for a page of members ({@code members}): each card's memory and the rule's four
         * instants, read by member and question (constants, as {@link #LOG_RATINGS} says why).
         */
        public String cells() {
            return cells;
        }
    }

    private AssignmentQueries() {}

    /**
     * The analytics' statements for one assignment at {@code now}, with their parameters, reading ratings from
     * {@code source} ({@link RatingSource#at} says which the service reads): {@code allMembers} are the cohort's
     * ({@link #MEMBER_IDS}), {@code questions} the set's active ones ({@link #QUESTIONS}) and {@code
     * pageOfMembers} the matrix page's. The service runs each where it needs it; the benchmark runs them all.
     */
    public static Statements statements(
            RatingSource source,
            long cohortId,
            Instant assignedAt,
            Instant dueAt,
            Instant now,
            Collection<Long> allMembers,
            Collection<Long> questions,
            Collection<Long> pageOfMembers) {
        Map<String, Object> rated =
                Map.of("cohort", cohortId, "questions", ids(questions), "assigned", assignedAt, "due", dueAt);
        return new Statements(
                new Statement(source.allProgress(), with(rated, "members", ids(allMembers))),
                questionFigures(allMembers, questions, now),
                new Statement(source.cells(), with(rated, "members", ids(pageOfMembers))));
    }

    /** {@link #QUESTION_FIGURES} over the cohort's members' cards on the set's active questions, at {@code now}. */
    static Statement questionFigures(Collection<Long> allMembers, Collection<Long> questions, Instant now) {
        return new Statement(
                QUESTION_FIGURES,
                Map.of(
                        "members",
                        ids(allMembers),
                        "questions",
                        ids(questions),
                        "now",
                        now,
                        "later",
                        now.plus(Duration.ofDays(FORGET_HORIZON_DAYS))));
    }

    /**
     * Ids for an {@code in (...)} list. An empty list is no SQL, so it becomes the list of an id nothing has (ids
     * come from sequences that start at 1): the statement then matches nothing, as an empty list would.
     */
    public static List<Long> ids(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> parameters = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put((String) pairs[i], pairs[i + 1]);
        }
        return parameters;
    }

    /** One SQL statement with named parameters. */
    public record Statement(String sql, Map<String, Object> parameters) {}

    /** What the analytics view runs besides the small lists: every member's progress, the question figures, a page's cells. */
    public record Statements(Statement progress, Statement questionFigures, Statement cells) {
        public List<Statement> all() {
            return List.of(progress, questionFigures, cells);
        }
    }
}
