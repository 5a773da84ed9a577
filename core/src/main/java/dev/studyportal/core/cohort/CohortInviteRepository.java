package dev.studyportal.core.cohort;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CohortInviteRepository extends JpaRepository<CohortInvite, Long> {

    /** Locks the row, so that the last use of a limited invitation goes to one of two people joining at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from CohortInvite i join fetch i.cohort where i.codeHash = :codeHash")
    Optional<CohortInvite> lockByCodeHash(@Param("codeHash") String codeHash);

    @Query("select i from CohortInvite i join fetch i.cohort where i.codeHash = :codeHash")
    Optional<CohortInvite> findByCodeHash(@Param("codeHash") String codeHash);

    @Query(
            "select i from CohortInvite i join fetch i.createdBy where i.cohort.id = :cohortId order by i.createdAt desc, i.id desc")
    List<CohortInvite> findAllOfCohort(@Param("cohortId") long cohortId);

    @Query("select i from CohortInvite i where i.cohort.id = :cohortId and i.id = :inviteId")
    Optional<CohortInvite> findInCohort(@Param("cohortId") long cohortId, @Param("inviteId") long inviteId);

    @Query("select i from CohortInvite i where i.createdBy.id = :personId")
    List<CohortInvite> findAllMadeBy(@Param("personId") long personId);
}
