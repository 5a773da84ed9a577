package dev.studyportal.core.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /**
     * Locks every account that holds {@code role}, so that two administrators deleting their
     * accounts at the same moment cannot both count the other and leave the portal with none.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a join a.roles r where r = :role")
    List<UserAccount> lockAllWithRole(Role role);
}
