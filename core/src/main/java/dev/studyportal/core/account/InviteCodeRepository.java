package dev.studyportal.core.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InviteCodeRepository extends JpaRepository<InviteCode, Long> {

    /** Locks the row, so that two sign-ups with one code on two nodes cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from InviteCode c where c.codeHash = :codeHash")
    Optional<InviteCode> lockByCodeHash(String codeHash);

    Optional<InviteCode> findByCodeHash(String codeHash);

    @Query("select count(c) from InviteCode c where c.usedAt is null and c.expiresAt > :now")
    long countUsable(Instant now);
}
