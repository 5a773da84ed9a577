package dev.studyportal.core.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /**
     * The account of a name the caller has from a signed-in session or a checked form, where a missing
     * one is a programming error rather than something to tell a person.
     */
    default UserAccount requireByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new IllegalArgumentException("No account named " + username));
    }

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The account's count of revoked sign-ins, while it exists and is enabled. */
    @Query("select a.signInGeneration from UserAccount a where a.id = :id and a.enabled = true")
    Optional<Long> findSignInGenerationOfEnabled(long id);

    @Query("""
            select a from UserAccount a
            where lower(a.username) like :pattern escape '!' or lower(a.displayName) like :pattern escape '!'
               or lower(coalesce(a.email, '')) like :pattern escape '!'
            order by a.username""")
    List<UserAccount> search(String pattern, Pageable page);

    @Query("""
            select count(a) from UserAccount a
            where lower(a.username) like :pattern escape '!' or lower(a.displayName) like :pattern escape '!'
               or lower(coalesce(a.email, '')) like :pattern escape '!'""")
    long countMatching(String pattern);

    /**
     * Locks every enabled administrator's row, so that two administrators demoting or disabling each
     * other at once cannot both succeed and leave the portal with none.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select a from UserAccount a join a.roles r where r = dev.studyportal.core.account.Role.ADMIN and a.enabled = true")
    List<UserAccount> lockActiveAdmins();

    @Query("select a.id from UserAccount a where a.username = :username")
    Optional<Long> findIdByUsername(String username);

    /** Addresses are stored as typed; several accounts may share one. */
    @Query("select a.id from UserAccount a where lower(a.email) = :email order by a.id")
    List<Long> findIdsByEmail(String email);

    /** Locks one account's row, so that two requests for it on two nodes take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.id = :id")
    Optional<UserAccount> lockById(long id);
}
