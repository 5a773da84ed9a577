package dev.studyportal.webapp.demo;

import dev.studyportal.core.plan.PlanDraft;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.ScopeOptions;
import dev.studyportal.core.review.ReviewReplay;
import dev.studyportal.webapp.security.PortalItself;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final PlanService plans;
    private final PortalItself portal;
    private final Clock clock;

    DemoHistories(ReviewReplay replay, PlanService plans, PortalItself portal, Clock clock) {
        this.replay = replay;
        this.plans = plans;
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
                    replay.replay(
                            learner.username(),
                            new Random(SEED * 31 + learner.ordinal()),
                            session -> answers[0] += new SimulatedStudy(
                                            learner, session, new Random(SEED + learner.ordinal()), now)
                                    .run());
                }
            }
        });
        addLearner1sPlans(LocalDate.ofInstant(now, DemoLearner.STEADY.zone()));
        if (answers[0] > 0) {
            log.info(
                    "Demo review histories made: {} answers in {} ms",
                    answers[0],
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * DESIGN.md gives learner1 a plan with an interview date three weeks ahead. Beside it a lighter plan of
     * their own, so that Today shows one agenda across two plans. Made once, in learner1's own name.
     */
    private void addLearner1sPlans(LocalDate today) {
        String learner1 = DemoLearner.STEADY.username();
        portal.actAsLearner(learner1, () -> {
            if (!plans.plans(learner1).isEmpty()) {
                return;
            }
            ScopeOptions bank = plans.scopeOptions();
            if (bank.pages().isEmpty()) {
                log.warn("No demo study plans: the bank has no pages");
                return;
            }
            plans.create(
                    learner1,
                    new PlanDraft(
                            "Interview at Acme ML",
                            new PlanScope(Set.of(bank.pages().getFirst().id()), Set.of(), Set.of()),
                            today,
                            today.plusWeeks(3),
                            null));
            Set<Long> warmUp = bank.sections().stream()
                    .filter(section -> section.label().contains("System Design")
                            || section.label().contains("Behavioral"))
                    .map(ScopeOptions.Option::id)
                    .collect(Collectors.toSet());
            if (!warmUp.isEmpty()) {
                plans.create(
                        learner1,
                        new PlanDraft(
                                "System design and behavioural warm-up",
                                new PlanScope(Set.of(), warmUp, Set.of()),
                                today,
                                null,
                                2));
            }
        });
    }
}
