package dev.studyportal.core.review;

import dev.studyportal.core.review.fsrs.Rating;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewLogRepository extends JpaRepository<ReviewLog, Long> {

    /**
     * The ratings since {@code since} that stand, split as the two daily limits count them: first ratings of new
     * questions, and ratings of questions seen before.
     */
    @Query("""
            select new dev.studyportal.core.review.RatedSince(
                coalesce(sum(case when l.repsBefore = 0 then 1 else 0 end), 0),
                coalesce(sum(case when l.repsBefore > 0 then 1 else 0 end), 0))
            from ReviewLog l
            where l.learner.id = :learnerId and l.undoneAt is null and l.reviewedAt >= :since
            """)
    RatedSince ratedSince(@Param("learnerId") long learnerId, @Param("since") Instant since);

    @Query("""
            select l from ReviewLog l join fetch l.question
            where l.learner.id = :learnerId and l.undoneAt is null
            order by l.reviewedAt desc, l.id desc
            """)
    List<ReviewLog> findLatest(@Param("learnerId") long learnerId, Pageable pageable);

    @Query("""
            select l from ReviewLog l
            where l.learner.id = :learnerId and l.question.id = :questionId and l.undoneAt is null
            order by l.reviewedAt desc, l.id desc
            """)
    List<ReviewLog> findHistory(@Param("learnerId") long learnerId, @Param("questionId") long questionId);

    /** When the learner last rated the question with one of {@code ratings}, leaving out one rating (being undone). */
    @Query("""
            select max(l.reviewedAt) from ReviewLog l
            where l.learner.id = :learnerId and l.question.id = :questionId and l.undoneAt is null
              and l.rating in :ratings and l.id <> :except
            """)
    Optional<Instant> latestOfKind(
            @Param("learnerId") long learnerId,
            @Param("questionId") long questionId,
            @Param("ratings") Collection<Rating> ratings,
            @Param("except") long except);

    boolean existsByAttempt(UUID attempt);

    default Optional<ReviewLog> findLatest(long learnerId) {
        return findLatest(learnerId, Pageable.ofSize(1)).stream().findFirst();
    }

    /** One learner's whole history, undone ratings included, oldest first: the export of their own data. */
    @Query(
            "select l from ReviewLog l join fetch l.question where l.learner.id = :learnerId order by l.reviewedAt, l.id")
    List<ReviewLog> findAllOfLearner(@Param("learnerId") long learnerId);

    /** One learner's rollup ({@link ReviewRollup}), oldest quarter hour first: also part of the export of their data. */
    default List<QuarterHourActivity> findRollupOfLearner(long learnerId) {
        return findRollupRows(learnerId).stream()
                .map(row -> new QuarterHourActivity(
                        ReviewRollup.start(((Number) row[0]).intValue()),
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue(),
                        ((Number) row[4]).longValue()))
                .toList();
    }

    @Query(value = """
            select r.quarter_hour, r.reviews, r.duration_ms, r.mature_reviews, r.mature_recalled
            from review_rollup r where r.user_account_id = :learnerId order by r.quarter_hour
            """, nativeQuery = true)
    List<Object[]> findRollupRows(@Param("learnerId") long learnerId);

    @Modifying(flushAutomatically = true)
    @Query("delete from ReviewLog l where l.learner.id = :learnerId")
    int deleteAllOfLearner(@Param("learnerId") long learnerId);
}
