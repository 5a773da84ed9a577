package dev.studyportal.core.account;

import dev.studyportal.core.access.AdminAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may make a cohort, as an administrator sets it. A portal setting like the sign-up mode, kept in the
 * database so that every node applies the same choice at once; it lives here beside that mode because it
 * is about the portal-wide roles, which this feature owns.
 */
@Service
@Transactional
public class CohortCreationPolicy {

    private static final Logger log = LoggerFactory.getLogger(CohortCreationPolicy.class);

    private final PortalSettingRepository settings;

    CohortCreationPolicy(PortalSettingRepository settings) {
        this.settings = settings;
    }

    /** The current choice; open to every caller, as the cohorts page asks it to offer or explain "New cohort". */
    @Transactional(readOnly = true)
    public CohortCreation current() {
        return settings.findById(PortalSetting.COHORT_CREATION)
                .map(setting -> CohortCreation.valueOf(setting.value()))
                .orElse(CohortCreation.EVERYONE);
    }

    @AdminAction
    public void change(String admin, CohortCreation creation) {
        // Migration V20 puts the row in place; should it have been deleted by hand, the choice still sticks.
        settings.findById(PortalSetting.COHORT_CREATION)
                .ifPresentOrElse(
                        setting -> setting.change(creation.name()),
                        () -> settings.save(new PortalSetting(PortalSetting.COHORT_CREATION, creation.name())));
        log.info("Cohort creation set to {} by {}", creation, admin);
    }
}
