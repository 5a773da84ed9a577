package dev.studyportal.core.review;

import dev.studyportal.core.review.fsrs.CardPhase;
import dev.studyportal.core.review.fsrs.Rating;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.query.NativeQuery;
import org.springframework.stereotype.Component;

/**
 * Each learner's ratings summed per quarter hour (UTC) in {@code review_rollup}: how many, the time spent on
 * them, and of the ratings of cards in review state how many were not "Again". The dashboard sums its days
 * from these rows instead of grouping the whole review log by the learner's calendar day.
 *
 * <p>Why quarter hours of UTC, not days: a day is the learner's own, midnight to midnight in the zone they
 * have now (Settings), and they may change it; a rollup by their day would have to be rebuilt from the log on
 * every change of zone, and could not serve two zones. Every time zone's offset is a whole number of quarter
 * hours (UTC+5:45, UTC+8:45 and UTC+12:45 included), and nearly every change of offset falls on a quarter hour
 * of UTC (Lord Howe's half-hour summer time included), so a learner's day is a whole number of quarter hours
 * and summing them is exact. Hours would miss the 30- and 45-minute zones; minutes would give nearly as many
 * rows as ratings. A few zones changed at one minute past midnight in the past (America/St_Johns until 2011,
 * Antarctica/Casey until 2022): for a history that spans such a change the dashboard reads the log itself.
 *
 * <p>Kept in step with {@code review_log} in the caller's transaction: every rating adds to its quarter hour
 * ({@link CardReviews#review}), every undo takes it back ({@link CardReviews#undo}), so a rollback takes both
 * back together. Rows are written with an upsert, atomic on the row, so that two ratings of the same learner in
 * the same quarter hour (two tabs) both count. Migration V23 built the rows of the ratings stored before.
 */
@Component
public class ReviewRollup {

    /** Quarter hour 0 starts here, midnight UTC. */
    public static final Instant ORIGIN = Instant.parse("2000-01-01T00:00:00Z");

    public static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
    private static final long SECONDS = QUARTER_HOUR.toSeconds();

    // Both MariaDB and H2 (in MySQL mode, as the portal runs it) read ON DUPLICATE KEY UPDATE.
    private static final String ADD = """
            insert into review_rollup (user_account_id, quarter_hour, reviews, duration_ms, mature_reviews, mature_recalled)
            values (:learner, :quarterHour, 1, :durationMs, :mature, :recalled)
            on duplicate key update reviews = reviews + 1, duration_ms = duration_ms + :durationMs,
                mature_reviews = mature_reviews + :mature, mature_recalled = mature_recalled + :recalled
            """;
    private static final String TAKE_BACK = """
            update review_rollup set reviews = reviews - 1, duration_ms = duration_ms - :durationMs,
                mature_reviews = mature_reviews - :mature, mature_recalled = mature_recalled - :recalled
            where user_account_id = :learner and quarter_hour = :quarterHour
            """;
    private static final String EMPTY = """
            delete from review_rollup where user_account_id = :learner and quarter_hour = :quarterHour and reviews <= 0
            """;
    private static final String FORGET = "delete from review_rollup where user_account_id = :learner";

    private final EntityManager entityManager;

    ReviewRollup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The quarter hour {@code at} falls in, counted from {@link #ORIGIN}. */
    public static int quarterHour(Instant at) {
        return Math.toIntExact(Math.floorDiv(at.getEpochSecond() - ORIGIN.getEpochSecond(), SECONDS));
    }

    public static Instant start(int quarterHour) {
        return ORIGIN.plusSeconds(quarterHour * SECONDS);
    }

    /** Whether a rating counts towards true retention, and whether it was recalled: the dashboard's rule. */
    static boolean mature(CardPhase phaseBefore) {
        return phaseBefore == CardPhase.REVIEW;
    }

    static boolean recalled(CardPhase phaseBefore, Rating rating) {
        return mature(phaseBefore) && rating != Rating.AGAIN;
    }

    void add(ReviewLog log) {
        execute(ADD, log);
    }

    void takeBack(ReviewLog log) {
        execute(TAKE_BACK, log);
        // A quarter hour whose only rating was undone leaves no row, as if it had never been rated.
        execute(EMPTY, log);
    }

    /** A deleted account's rows. */
    void forget(long learnerId) {
        query(FORGET).setParameter("learner", learnerId).executeUpdate();
    }

    private void execute(String sql, ReviewLog log) {
        CardPhase phase = log.before().phase();
        NativeQuery<?> query = query(sql)
                .setParameter("learner", log.learnerId())
                .setParameter("quarterHour", quarterHour(log.getReviewedAt()));
        if (sql.contains(":durationMs")) {
            query.setParameter("durationMs", log.getDurationMs())
                    .setParameter("mature", mature(phase) ? 1 : 0)
                    .setParameter("recalled", recalled(phase, log.getRating()) ? 1 : 0);
        }
        query.executeUpdate();
    }

    /**
     * A statement that touches this table alone: naming it keeps Hibernate from flushing everything else first,
     * so that a replayed history still reaches the review log in batches at commit.
     */
    private NativeQuery<?> query(String sql) {
        return entityManager
                .createNativeQuery(sql)
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("review_rollup");
    }
}
