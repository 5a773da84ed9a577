package dev.studyportal.core.cohort;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CohortMemberRepository extends JpaRepository<CohortMember, Long> {

    @Query("""
            select m from CohortMember m join fetch m.cohort
            where m.cohort.id = :cohortId and m.person.id = :personId""")
    Optional<CohortMember> findMembership(@Param("cohortId") long cohortId, @Param("personId") long personId);

    @Query("select m from CohortMember m join fetch m.cohort where m.person.id = :personId order by m.cohort.name")
    List<CohortMember> findAllOfPerson(@Param("personId") long personId);

    @Query("""
            select m from CohortMember m join fetch m.person
            where m.cohort.id = :cohortId order by m.role, m.person.displayName, m.person.username""")
    List<CohortMember> findAllInCohort(@Param("cohortId") long cohortId);

    @Query("select count(m) from CohortMember m where m.cohort.id = :cohortId and m.role = :role")
    long countWithRole(@Param("cohortId") long cohortId, @Param("role") CohortRole role);

    /**
     * The cohort's owners, their rows locked: a locking read sees what is committed now, not the transaction's
     * snapshot, so a count of owners taken from it cannot be one another transaction has just changed.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select m from CohortMember m where m.cohort.id = :cohortId and m.role = dev.studyportal.core.cohort.CohortRole.OWNER")
    List<CohortMember> lockOwners(@Param("cohortId") long cohortId);

    @Query("select count(m) from CohortMember m where m.cohort.id = :cohortId")
    long countInCohort(@Param("cohortId") long cohortId);

    /** Members per cohort, for a list of cohorts: rows of cohort id and count. */
    @Query("select m.cohort.id, count(m) from CohortMember m where m.cohort.id in :cohortIds group by m.cohort.id")
    List<Object[]> countByCohort(@Param("cohortIds") List<Long> cohortIds);

    @Query("select m from CohortMember m join fetch m.person where m.cohort.id = :cohortId and m.id = :memberId")
    Optional<CohortMember> findInCohort(@Param("cohortId") long cohortId, @Param("memberId") long memberId);

    /** Those who have been in the cohort longest first, with the teachers ahead: who takes over from an owner who goes. */
    @Query("""
            select m from CohortMember m where m.cohort.id = :cohortId and m.person.id <> :leaving
            order by case m.role when dev.studyportal.core.cohort.CohortRole.OWNER then 0
                                 when dev.studyportal.core.cohort.CohortRole.INSTRUCTOR then 1 else 2 end,
                     m.joinedAt, m.id""")
    List<CohortMember> findSuccessors(@Param("cohortId") long cohortId, @Param("leaving") long leaving);
}
