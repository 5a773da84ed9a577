package dev.studyportal.core.plan;

import dev.studyportal.core.access.SignedIn;
import dev.studyportal.core.account.UserAccount;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the assignment feature puts an assignment into a learner's plan and takes it out, without reaching plans'
 * repository. Not a guarded service of its own: its caller has tied the learner to the signed-in person and
 * checked that they are in the assignment's cohort; here only the plan's owner is checked.
 */
@Component
@SignedIn
@Transactional(propagation = Propagation.MANDATORY)
public class PlanAssignments {

    private final StudyPlanRepository plans;
    private final EntityManager entityManager;

    PlanAssignments(StudyPlanRepository plans, EntityManager entityManager) {
        this.plans = plans;
        this.entityManager = entityManager;
    }

    /**
     * @return false when the plan held the assignment already
     * @throws NoSuchPlanException when the learner has no plan with that id
     */
    public boolean include(UserAccount learner, long planId, long assignmentId) {
        return own(learner, planId).include(assignmentId);
    }

    /** @throws NoSuchPlanException when the learner has no plan with that id */
    public boolean exclude(UserAccount learner, long planId, long assignmentId) {
        return own(learner, planId).exclude(assignmentId);
    }

    /** Assignment id → the learner's plans that hold it. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Map<Long, List<Long>> plansByAssignment(UserAccount learner) {
        Map<Long, List<Long>> holding = new LinkedHashMap<>();
        for (Object[] row : plans.findAssignmentsOfLearner(learner.id())) {
            holding.computeIfAbsent((Long) row[1], any -> new ArrayList<>()).add((Long) row[0]);
        }
        return holding;
    }

    /** A withdrawn assignment leaves every plan that held it, whoever's. */
    public void forgetAssignment(long assignmentId) {
        entityManager.flush();
        entityManager
                .createNativeQuery("delete from study_plan_assignment where assignment_id = :assignment")
                .setParameter("assignment", assignmentId)
                .executeUpdate();
    }

    private StudyPlan own(UserAccount learner, long planId) {
        return plans.findOwn(learner.id(), planId).orElseThrow(() -> new NoSuchPlanException(planId));
    }
}
