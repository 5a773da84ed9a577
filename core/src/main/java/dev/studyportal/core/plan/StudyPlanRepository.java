package dev.studyportal.core.plan;

import dev.studyportal.core.review.CardState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Plans, and the questions their scopes cover. Scope queries name the question {@code q}, its section
 * {@code s} and page {@code p}; the condition is spelled once in {@link #IN_SCOPE} so that the queue,
 * the counts and readiness agree on what a plan covers. An assignment added to a plan covers its set's
 * questions while the learner is a member of the assignment's cohort: leaving the cohort takes them out.
 */
interface StudyPlanRepository extends JpaRepository<StudyPlan, Long> {

    String IN_SCOPE = """
            (exists (select 1 from StudyPlan sp join sp.sectionIds x where sp.id in :planIds and x = s.id)
             or exists (select 1 from StudyPlan sp join sp.pageIds x where sp.id in :planIds and x = p.id)
             or exists (select 1 from StudyPlan sp join sp.tags x where sp.id in :planIds and x member of p.tags)
             or exists (select 1 from StudyPlan sp join sp.assignmentIds x join Assignment a on a.id = x
                        join CohortMember cm on cm.cohort = a.cohort and cm.person = sp.learner
                        join a.questionSet qs join qs.questionIds qi
                        where sp.id in :planIds and qi = q.id))
            """;

    String BANK_ORDER = "coalesce(p.sidebarPosition, 2147483647), p.title, s.position, q.position";

    @Query("select sp from StudyPlan sp where sp.id = :planId and sp.learner.id = :learnerId")
    Optional<StudyPlan> findOwn(@Param("learnerId") long learnerId, @Param("planId") long planId);

    @Query("select sp.id, x from StudyPlan sp join sp.assignmentIds x where sp.learner.id = :learnerId")
    List<Object[]> findAssignmentsOfLearner(@Param("learnerId") long learnerId);

    @Query("select sp from StudyPlan sp where sp.learner.id = :learnerId order by sp.archived, sp.createdAt, sp.id")
    List<StudyPlan> findAllOfLearner(@Param("learnerId") long learnerId);

    @Query("""
            select sp from StudyPlan sp where sp.learner.id = :learnerId and sp.archived = false
            order by sp.createdAt, sp.id
            """)
    List<StudyPlan> findUnarchived(@Param("learnerId") long learnerId);

    @Query("select count(q) from Question q join q.section s join s.page p"
            + " where q.retired = false and p.unlisted = false and " + IN_SCOPE)
    long countQuestions(@Param("planIds") Collection<Long> planIds);

    @Query("select count(q) from Question q join q.section s join s.page p"
            + " where q.retired = false and p.unlisted = false and " + IN_SCOPE + """
             and not exists (select c.id from CardState c where c.question = q and c.learner.id = :learnerId and c.reps > 0)
            """)
    long countNew(@Param("learnerId") long learnerId, @Param("planIds") Collection<Long> planIds);

    @Query("select q.id from Question q join q.section s join s.page p"
            + " where q.retired = false and p.unlisted = false and " + IN_SCOPE + """
             and not exists (select c.id from CardState c where c.question = q and c.learner.id = :learnerId and c.reps > 0)
            order by\s""" + BANK_ORDER)
    List<Long> findNew(
            @Param("learnerId") long learnerId, @Param("planIds") Collection<Long> planIds, Pageable pageable);

    @Query("select count(q) from Question q join q.section s join s.page p where q.id in :questionIds and " + IN_SCOPE)
    long countInScope(@Param("planIds") Collection<Long> planIds, @Param("questionIds") Collection<Long> questionIds);

    @Query("select count(c) from CardState c join c.question q join q.section s join s.page p"
            + " where c.learner.id = :learnerId and c.reps > 0 and c.dueAt < :before and q.retired = false and "
            + IN_SCOPE)
    long countDue(
            @Param("learnerId") long learnerId,
            @Param("planIds") Collection<Long> planIds,
            @Param("before") Instant before);

    @Query("select c from CardState c join fetch c.question q join q.section s join s.page p"
            + " where c.learner.id = :learnerId and c.reps > 0 and c.dueAt < :before and q.retired = false and "
            + IN_SCOPE + " order by c.dueAt, c.id")
    List<CardState> findDue(
            @Param("learnerId") long learnerId,
            @Param("planIds") Collection<Long> planIds,
            @Param("before") Instant before,
            Pageable pageable);

    /** New questions of the scope introduced (first rated) since {@code since}: what the plan's pace has used today. */
    @Query("select count(l) from ReviewLog l join l.question q join q.section s join s.page p"
            + " where l.learner.id = :learnerId and l.undoneAt is null and l.reviewedAt >= :since and l.repsBefore = 0"
            + " and " + IN_SCOPE)
    long countIntroducedSince(
            @Param("learnerId") long learnerId,
            @Param("planIds") Collection<Long> planIds,
            @Param("since") Instant since);

    /** The scope's questions with the learner's memory of each, one flat row apiece, in the bank's order. */
    @Query("select new dev.studyportal.core.plan.ScopeCard(q.id, q.title, c.phase, c.step, c.stability, c.difficulty,"
            + " c.dueAt, c.lastReviewAt, c.reps)"
            + " from Question q join q.section s join s.page p"
            + " left join CardState c on c.question = q and c.learner.id = :learnerId"
            + " where q.retired = false and p.unlisted = false and " + IN_SCOPE + " order by " + BANK_ORDER)
    List<ScopeCard> findScopeCards(@Param("learnerId") long learnerId, @Param("planIds") Collection<Long> planIds);

    /** The learner's latest answer times, for the median that turns reviews into minutes. */
    @Query("""
            select l.durationMs from ReviewLog l where l.learner.id = :learnerId and l.undoneAt is null
            order by l.reviewedAt desc, l.id desc
            """)
    List<Long> findLatestDurations(@Param("learnerId") long learnerId, Pageable pageable);
}
