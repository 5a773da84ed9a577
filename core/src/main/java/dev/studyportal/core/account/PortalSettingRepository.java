package dev.studyportal.core.account;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PortalSettingRepository extends JpaRepository<PortalSetting, String> {

    /** Reads a setting and locks its row until the transaction ends, so that those who need it take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from PortalSetting s where s.name = :name")
    Optional<PortalSetting> lockByName(String name);
}
