package dev.studyportal.core.cohort;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
