package dev.studyportal.core.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalSettingRepository extends JpaRepository<PortalSetting, String> {
}
