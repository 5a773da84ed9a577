package dev.studyportal.webapp.demo;

import dev.studyportal.core.review.ReviewReplay;
import dev.studyportal.webapp.security.PortalItself;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo learners' review histories (DESIGN.md, "Demo profile data"): simulated answers given to the real
 * scheduler through {@link ReviewReplay}, from a fixed seed, so that every demo shows the same five stories,
 * ending at the moment the portal starts. Made once the start-up import has filled the bank; a learner who
 * already has a history keeps it, so a restart adds nothing.
 */
@Component
@Profile("demo")
class DemoHistories {

    static final long SEED = 20_260_511L;
    private static final Logger log = LoggerFactory.getLogger(DemoHistories.class);

    private final ReviewReplay replay;
    private final PortalItself portal;
    private final Clock clock;

    DemoHistories(ReviewReplay replay, PortalItself portal, Clock clock) {
        this.replay = replay;
        this.portal = portal;
        this.clock = clock;
    }

    // After the application runners: the demo accounts exist and the start-up import has run.
    @EventListener(ApplicationReadyEvent.class)
    void make() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        int[] answers = {0};
        portal.actAsAdministrator(() -> {
            for (DemoLearner learner : DemoLearner.values()) {
                if (!replay.hasHistory(learner.username())) {
                    // Two generators: the fuzz the scheduler draws must not shift the learner's own draws.
                    replay.replay(learner.username(), new Random(SEED * 31 + learner.ordinal()), session ->
                            answers[0] += new SimulatedStudy(learner, session, new Random(SEED + learner.ordinal()), now)
                                    .run());
                }
            }
            addLearner1sInterviewPlan();
        });
        if (answers[0] > 0) {
            log.info("Demo review histories made: {} answers in {} ms", answers[0],
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * DESIGN.md gives learner1 a study plan with an interview date three weeks ahead. Study plans are being built
     * as their own feature; that plan is made here once the feature's service exists, beside the histories it
     * draws on.
     */
    private void addLearner1sInterviewPlan() {
    }
}
