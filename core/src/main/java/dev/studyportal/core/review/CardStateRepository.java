package dev.studyportal.core.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CardStateRepository extends JpaRepository<CardState, Long> {

    @Query("select c from CardState c where c.learner.id = :learnerId and c.question.id = :questionId")
    Optional<CardState> find(@Param("learnerId") long learnerId, @Param("questionId") long questionId);

    /** Reviewed cards of active questions due before {@code before}, most overdue first. */
    @Query("""
            select c from CardState c join fetch c.question q
            where c.learner.id = :learnerId and c.reps > 0 and c.dueAt < :before and q.retired = false
            order by c.dueAt, c.id
            """)
    List<CardState> findDue(@Param("learnerId") long learnerId, @Param("before") Instant before, Pageable pageable);

    /** The whole bank's reviews due today, in one pass for the agenda: now, before {@code end}, and the next. */
    @Query("""
            select new dev.studyportal.core.review.DueToday(
                coalesce(sum(case when c.dueAt < :now then 1 else 0 end), 0),
                count(c),
                min(case when c.dueAt >= :now then c.dueAt end))
            from CardState c
            where c.learner.id = :learnerId and c.reps > 0 and c.dueAt < :end and c.question.retired = false
            """)
    DueToday dueToday(@Param("learnerId") long learnerId, @Param("now") Instant now, @Param("end") Instant end);

    /** Active questions this learner has never rated, in the bank's reading order; unlisted pages are not offered. */
    @Query("""
            select q.id from Question q join q.section s join s.page p
            where q.retired = false and p.unlisted = false
              and not exists (select c.id from CardState c where c.question = q and c.learner.id = :learnerId and c.reps > 0)
            order by coalesce(p.sidebarPosition, 2147483647), p.title, s.position, q.position
            """)
    List<Long> findNewQuestionIds(@Param("learnerId") long learnerId, Pageable pageable);

    /**
     * How many active questions this learner has never rated, counted no further than {@code cap}: the queue
     * needs no more than the daily limit allows, and the database stops looking once it has found that many
     * instead of checking the whole bank on every rating. (In the order of the key, which it reads anyway:
     * Hibernate asks for an order with every limit.)
     */
    @Query("""
            select count(*) from (
                select q.id as id from Question q
                where q.retired = false and q.section.page.unlisted = false
                  and not exists (select c.id from CardState c where c.question = q and c.learner.id = :learnerId and c.reps > 0)
                order by q.id
                limit :cap) fresh
            """)
    long countNewQuestions(@Param("learnerId") long learnerId, @Param("cap") int cap);

    /** Every card of one learner with its question, for the export of their own data. */
    @Query("select c from CardState c join fetch c.question where c.learner.id = :learnerId order by c.id")
    List<CardState> findAllOfLearner(@Param("learnerId") long learnerId);

    @Modifying(flushAutomatically = true)
    @Query("delete from CardState c where c.learner.id = :learnerId")
    int deleteAllOfLearner(@Param("learnerId") long learnerId);
}
