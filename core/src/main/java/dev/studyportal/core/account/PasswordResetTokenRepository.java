package dev.studyportal.core.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

    @Query("select t from PasswordResetToken t join fetch t.account where t.tokenHash = :tokenHash")
    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    /** Locks the row, so that one link opened in two browsers at once sets one password, not two. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PasswordResetToken t where t.tokenHash = :tokenHash")
    Optional<PasswordResetToken> lockByTokenHash(String tokenHash);

    @Query("select t from PasswordResetToken t where t.account = :account and t.usedAt is null and t.revokedAt is null")
    List<PasswordResetToken> findOpen(UserAccount account);

    @Query("""
            select t from PasswordResetToken t
            where t.account.username = :username and t.usedAt is null and t.revokedAt is null""")
    List<PasswordResetToken> findOpenOf(String username);

    /** Links made since then for this account or for any account with this (lower-case) address. */
    @Query("""
            select count(t) from PasswordResetToken t
            where t.requestedAt > :since and (t.account = :account or lower(t.account.email) = :email)""")
    long countRequestedSince(UserAccount account, String email, Instant since);

    @Modifying
    @Query("delete from PasswordResetToken t where t.account.id = :accountId")
    void deleteAllOfAccount(long accountId);

    @Modifying
    @Query("delete from PasswordResetToken t where t.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
