package dev.studyportal.webapp.demo;

import dev.studyportal.core.assignment.AssignmentDraft;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.cohort.CohortDraft;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.InviteDraft;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.ScopeOptions;
import dev.studyportal.core.questionset.QuestionSetDraft;
import dev.studyportal.core.questionset.QuestionSetService;
import dev.studyportal.webapp.security.PortalItself;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * DESIGN.md's "Demo cohort": owned by {@code instructor}, with learner1 to learner4 joined by an invitation
 * the way people join, learner1 to learner3 sharing and learner4 showing the opt-out; learner5 in none. The
 * instructor's set "ML fundamentals" (the bank's theory, mathematics and optimisation questions, which the demo
 * histories have studied unevenly) is assigned to it, due in a week, so that its progress matrix, hardest
 * questions and questions about to be forgotten show figures from the start (the last: the questions every
 * simulated learner finds hard, {@link SimulatedStudy#HARD_EVERY}, which the set takes in). Each step
 * is taken in its person's own name. Made once: a restart finds the cohort and adds nothing.
 */
@Component
@Profile("demo")
class DemoCohort {

    static final String NAME = "Demo cohort";
    static final String OWNER = "instructor";
    static final String SET = "ML fundamentals";
    /** Sections of the seed bank the set is built from, by the start of their titles. */
    static final List<String> SET_SECTIONS = List.of("Theory", "Mathematics", "Optimization");

    private static final Logger log = LoggerFactory.getLogger(DemoCohort.class);

    private final CohortService cohorts;
    private final QuestionSetService sets;
    private final AssignmentService assignments;
    private final PlanService plans;
    private final PortalItself portal;
    private final Clock clock;

    DemoCohort(
            CohortService cohorts,
            QuestionSetService sets,
            AssignmentService assignments,
            PlanService plans,
            PortalItself portal,
            Clock clock) {
        this.cohorts = cohorts;
        this.sets = sets;
        this.assignments = assignments;
        this.plans = plans;
        this.portal = portal;
        this.clock = clock;
    }

    // Once the application runners have made the accounts. Streaks need no ordering after the histories:
    // the board computes them when it is read.
    @EventListener(ApplicationReadyEvent.class)
    void make() {
        long[] id = {0};
        String[] code = {null};
        portal.actAsLearner(OWNER, () -> {
            if (cohorts.cohorts(OWNER).stream()
                    .noneMatch(cohort -> cohort.name().equals(NAME))) {
                id[0] = cohorts.create(
                        OWNER,
                        new CohortDraft(
                                NAME,
                                "The demo's study group: three members share "
                                        + "their progress, one keeps it to themselves.",
                                ZoneId.of("UTC")));
                code[0] = cohorts.createInvite(OWNER, id[0], new InviteDraft(InviteDraft.DEFAULT_DAYS, 4))
                        .code();
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
        portal.actAsLearner(OWNER, () -> assignMlFundamentals(id[0]));
        log.info("Demo cohort made with {} members", members.size() + 1);
    }

    private void assignMlFundamentals(long cohortId) {
        List<Long> sections = plans.scopeOptions().sections().stream()
                .filter(section ->
                        SET_SECTIONS.stream().anyMatch(title -> section.label().contains(" › " + title)))
                .map(ScopeOptions.Option::id)
                .toList();
        if (sections.isEmpty()) {
            log.warn("No demo assignment: the bank has none of the sections {}", SET_SECTIONS);
            return;
        }
        long setId = sets.create(
                OWNER,
                new QuestionSetDraft(
                        SET, "The theory, mathematics and optimisation every " + "ML interview opens with."));
        for (long section : sections) {
            sets.addFound(OWNER, setId, new LibraryFilter(null, section, null, null, null, false, false));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assignments.assign(
                OWNER,
                cohortId,
                new AssignmentDraft(
                        setId, today.plusWeeks(1), "Go through every question before next week's mock interviews."));
    }
}
