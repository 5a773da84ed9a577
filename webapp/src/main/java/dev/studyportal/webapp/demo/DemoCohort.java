package dev.studyportal.webapp.demo;

import dev.studyportal.core.cohort.CohortDraft;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.InviteDraft;
import dev.studyportal.webapp.security.PortalItself;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * DESIGN.md's "Demo cohort": owned by {@code instructor}, with learner1 to learner4 joined by an invitation
 * the way people join, learner1 to learner3 sharing and learner4 showing the opt-out; learner5 in none. Each
 * step is taken in its person's own name. Made once: a restart finds the cohort and adds nothing.
 */
@Component
@Profile("demo")
class DemoCohort {

    static final String NAME = "Demo cohort";
    static final String OWNER = "instructor";
    private static final Logger log = LoggerFactory.getLogger(DemoCohort.class);

    private final CohortService cohorts;
    private final PortalItself portal;

    DemoCohort(CohortService cohorts, PortalItself portal) {
        this.cohorts = cohorts;
        this.portal = portal;
    }

    // Once the application runners have made the accounts. Streaks need no ordering after the histories:
    // the board computes them when it is read.
    @EventListener(ApplicationReadyEvent.class)
    void make() {
        long[] id = {0};
        String[] code = {null};
        portal.actAsLearner(OWNER, () -> {
            if (cohorts.cohorts(OWNER).stream().noneMatch(cohort -> cohort.name().equals(NAME))) {
                id[0] = cohorts.create(OWNER, new CohortDraft(NAME, "The demo's study group: three members share "
                        + "their progress, one keeps it to themselves.", ZoneId.of("UTC")));
                code[0] = cohorts.createInvite(OWNER, id[0], new InviteDraft(InviteDraft.DEFAULT_DAYS, 4)).code();
            }
        });
        if (code[0] == null) {
            return;
        }
        List<DemoLearner> members = List.of(DemoLearner.values()).subList(0, 4);
        for (DemoLearner learner : members) {
            portal.actAsLearner(learner.username(), () -> {
                cohorts.join(learner.username(), code[0]);
                if (learner.ordinal() < 3) {
                    cohorts.share(learner.username(), id[0], true);
                }
            });
        }
        log.info("Demo cohort made with {} members", members.size() + 1);
    }
}
