package dev.studyportal.core.cohort;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    /**
     * Locks the cohort's row until the transaction ends. Every change of membership or role takes it first, so
     * that two owners leaving or demoting each other at once on two nodes take turns, and one of them stays.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cohort c where c.id = :id")
    Optional<Cohort> lockById(@Param("id") long id);
}
