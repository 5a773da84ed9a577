package dev.studyportal.core.dashboard;

import dev.studyportal.core.review.CardStatus;
import dev.studyportal.core.review.ReviewRollup;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL behind {@link DashboardService}, with named parameters, the same on H2 and MariaDB. Public so
 * that the benchmark measures its floor with exactly these statements over plain JDBC.
 */
public final class DashboardQueries {

    /**
     * The active, listed questions per section, in the bank's reading order: the same for every learner, so
     * {@link BankSections} keeps the answer until the bank changes.
     */
    public static final String SECTIONS = """
            select s.id, p.title, s.title, count(*)
            from question q
            join section s on s.id = q.section_id
            join page p on p.id = s.page_id
            where q.retired = false and p.unlisted = false
            group by s.id, p.title, s.title, p.sidebar_position, s.position
            order by coalesce(p.sidebar_position, 2147483647), p.title, s.position, s.id
            """;

    /**
     * What {@link BankSections} keeps {@link #SECTIONS} under: per table of the bank, its rows, the sum of their
     * optimistic-lock versions and the sum of their ids, which move with every insert and update. Index-only
     * (V25's version indexes).
     */
    public static final String BANK_VERSION = """
            select 1, count(*), coalesce(sum(version), 0), coalesce(sum(id), 0) from page
            union all
            select 2, count(*), coalesce(sum(version), 0), coalesce(sum(id), 0) from section
            union all
            select 3, count(*), coalesce(sum(version), 0), coalesce(sum(id), 0) from question
            order by 1
            """;

    /**
     * The questions that are not retired with their sections, listed or not: which of the learner's cards count,
     * and where. Kept with {@link #SECTIONS} by {@link BankSections}.
     */
    public static final String ACTIVE_QUESTIONS = """
            select q.id, q.section_id from question q where q.retired = false
            """;

    /**
     * The learner's reviewed cards, one row each from ix_card_state_dashboard alone (no join): the question, its
     * {@link CardStatus} as 1 learning, 2 review, 3 mastered, and its due day when it falls before {@code :until}.
     * {@link DashboardService} counts mastery per section and the due forecast from these rows in one pass, with
     * the questions {@link #ACTIVE_QUESTIONS} says are active; joining every card to its question in the database
     * cost ten thousand lookups each for {@link #CARDS_BY_SECTION} and {@link #DUE} (V25).
     */
    public static final String CARDS = """
            select c.question_id,
                   case when c.phase <> 'REVIEW' then 1 when c.stability >= :mastered then 3 else 2 end,
                   case when c.due_at < :until then %s end
            from card_state c
            where c.user_account_id = :learner and c.reps > 0
            """;

    /**
     * Before V25, and still the benchmark's second floor: the learner's reviewed cards of active questions per
     * section, by {@link CardStatus}; the section's other questions are new. Counting the learner's cards rather
     * than joining them to every question reads the learner's rows alone, from ix_card_state_dashboard.
     */
    public static final String CARDS_BY_SECTION = """
            select q.section_id,
                   sum(case when c.phase <> 'REVIEW' then 1 else 0 end),
                   sum(case when c.phase = 'REVIEW' and (c.stability is null or c.stability < :mastered) then 1 else 0 end),
                   sum(case when c.phase = 'REVIEW' and c.stability >= :mastered then 1 else 0 end)
            from card_state c join question q on q.id = c.question_id
            where c.user_account_id = :learner and c.reps > 0 and q.retired = false
            group by q.section_id
            """;

    public static final String FIRST_REVIEW = """
            select min(l.reviewed_at) from review_log l where l.user_account_id = :learner and l.undone_at is null
            """;

    /**
     * Ratings per day of the learner's calendar from {@link ReviewRollup}'s quarter hours: the count, the time
     * spent, and true retention's counts (ratings of cards that were in review state before the rating, and how
     * many of those were not Again). A few thousand rows where the log has one per rating.
     */
    public static final String DAYS = """
            select d.day_number, sum(d.reviews), sum(d.duration_ms), sum(d.mature_reviews), sum(d.mature_recalled)
            from (select %s as day_number, r.reviews, r.duration_ms, r.mature_reviews, r.mature_recalled
                  from review_rollup r
                  where r.user_account_id = :learner) d
            group by d.day_number
            order by d.day_number
            """;

    /**
     * The same figures as {@link #DAYS} from the review log itself, a row per rating: for a zone whose offset
     * changed off the quarter hour during the learner's history, and as the benchmark's floor of the aggregate.
     */
    public static final String DAYS_FROM_LOG = """
            select d.day_number, count(*), sum(d.duration_ms),
                   sum(case when d.phase_before = 'REVIEW' then 1 else 0 end),
                   sum(case when d.phase_before = 'REVIEW' and d.rating <> 'AGAIN' then 1 else 0 end)
            from (select %s as day_number, l.duration_ms, l.phase_before, l.rating
                  from review_log l
                  where l.user_account_id = :learner and l.undone_at is null) d
            group by d.day_number
            order by d.day_number
            """;

    /** Before V25, and still the benchmark's second floor: the learner's cards due per day. */
    public static final String DUE = """
            select d.day_number, count(*)
            from (select %s as day_number
                  from card_state c join question q on q.id = c.question_id
                  where c.user_account_id = :learner and c.reps > 0 and c.due_at < :until and q.retired = false) d
            group by d.day_number
            order by d.day_number
            """;

    private DashboardQueries() {}

    /**
     * The statements the dashboard of learner {@code learnerId} runs at {@code now} once the bank's sections are
     * kept ({@link BankSections}), with their parameters; {@code firstReview} is what {@link #FIRST_REVIEW}
     * answered (or {@code now} for a learner without reviews).
     */
    public static Statements statements(long learnerId, ZoneId zone, Instant firstReview, Instant now) {
        Instant until = until(zone, now);
        // Overdue cards count on today, so only the days from now on need their exact offsets.
        LocalDayExpression dueDay = LocalDayExpression.of("c.due_at", zone, now, until, "d");
        Map<String, Object> cards = new LinkedHashMap<>();
        cards.put("learner", learnerId);
        cards.put("mastered", CardStatus.MASTERED_STABILITY_DAYS);
        cards.put("until", until);
        cards.putAll(dueDay.parameters());
        return new Statements(
                new Statement(BANK_VERSION, Map.of()),
                days(learnerId, zone, firstReview, now),
                new Statement(CARDS.formatted(dueDay.sql()), cards));
    }

    /**
     * The statements the dashboard ran before V25, for the benchmark's second floor: the questions per section
     * counted for every dashboard, and the learner's cards joined to their questions twice.
     */
    public static List<Statement> beforeV25(long learnerId, ZoneId zone, Instant firstReview, Instant now) {
        Instant until = until(zone, now);
        LocalDayExpression dueDay = LocalDayExpression.of("c.due_at", zone, now, until, "d");
        Map<String, Object> learner = Map.of("learner", learnerId);
        Map<String, Object> cards = Map.of("learner", learnerId, "mastered", CardStatus.MASTERED_STABILITY_DAYS);
        Map<String, Object> due = new LinkedHashMap<>(learner);
        due.putAll(dueDay.parameters());
        due.put("until", until);
        return List.of(
                new Statement(SECTIONS, Map.of()),
                new Statement(CARDS_BY_SECTION, cards),
                days(learnerId, zone, firstReview, now),
                new Statement(DUE.formatted(dueDay.sql()), due));
    }

    /** The end of the due forecast: midnight after its last day. */
    static Instant until(ZoneId zone, Instant now) {
        return now.atZone(zone)
                .toLocalDate()
                .plusDays(Dashboard.FORECAST_DAYS)
                .atStartOfDay(zone)
                .toInstant();
    }

    private static Statement days(long learnerId, ZoneId zone, Instant firstReview, Instant now) {
        return LocalDayExpression.ofQuarterHours("r.quarter_hour", zone, firstReview, now, "r")
                .map(day -> statement(DAYS, day, Map.of("learner", learnerId)))
                .orElseGet(() -> daysFromLog(learnerId, zone, firstReview, now));
    }

    /** {@link #DAYS_FROM_LOG} for the learner, whatever the zone. */
    public static Statement daysFromLog(long learnerId, ZoneId zone, Instant firstReview, Instant now) {
        return statement(
                DAYS_FROM_LOG,
                LocalDayExpression.of("l.reviewed_at", zone, firstReview, now, "r"),
                Map.of("learner", learnerId));
    }

    private static Statement statement(String sql, LocalDayExpression day, Map<String, Object> parameters) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.putAll(day.parameters());
        return new Statement(sql.formatted(day.sql()), all);
    }

    /** One SQL statement with named parameters. */
    public record Statement(String sql, Map<String, Object> parameters) {}

    /** What a dashboard reads besides the account and the first review, in the order it reads them. */
    public record Statements(Statement bankVersion, Statement days, Statement cards) {
        public List<Statement> all() {
            return List.of(bankVersion, days, cards);
        }
    }
}
