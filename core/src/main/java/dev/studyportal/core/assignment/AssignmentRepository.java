package dev.studyportal.core.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("""
            select a from Assignment a join fetch a.cohort join fetch a.questionSet
            where a.id = :assignmentId and a.cohort.id = :cohortId""")
    Optional<Assignment> findInCohort(@Param("cohortId") long cohortId, @Param("assignmentId") long assignmentId);

    @Query("""
            select a from Assignment a join fetch a.cohort join fetch a.questionSet
            where a.cohort.id = :cohortId order by a.dueDate, a.id""")
    List<Assignment> findAllInCohort(@Param("cohortId") long cohortId);

    @Query("""
            select a from Assignment a join fetch a.cohort c join fetch a.questionSet
            where c.id in :cohortIds and c.archived = false order by a.dueDate, a.id""")
    List<Assignment> findAllInCohorts(@Param("cohortIds") Collection<Long> cohortIds);

    @Query("select count(a) from Assignment a where a.questionSet.id = :setId")
    long countOfSet(@Param("setId") long setId);
}
