package dev.studyportal.core.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, Long> {

    Optional<LoginThrottle> findByUsername(String username);

    List<LoginThrottle> findByUsernameIn(Collection<String> usernames);

    /** Locks the row, so that failures counted on two nodes at once both count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottle t where t.username = :username")
    Optional<LoginThrottle> lockByUsername(String username);

    @Modifying
    @Query("delete from LoginThrottle t where t.username = :username")
    void deleteByUsername(String username);

    @Modifying
    @Query("""
            delete from LoginThrottle t
            where (t.lockedUntil is null or t.lockedUntil <= :now)
              and (t.windowStartedAt is null or t.windowStartedAt <= :windowOpenedBefore)""")
    int deleteSpent(Instant now, Instant windowOpenedBefore);
}
