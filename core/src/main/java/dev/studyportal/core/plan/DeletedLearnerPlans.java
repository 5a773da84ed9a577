package dev.studyportal.core.plan;

import dev.studyportal.core.account.AccountDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account takes its plans with it; removed one by one so that their scope rows go too. */
@Component
class DeletedLearnerPlans {

    private final StudyPlanRepository plans;

    DeletedLearnerPlans(StudyPlanRepository plans) {
        this.plans = plans;
    }

    @EventListener
    void forget(AccountDeleting deletion) {
        plans.deleteAll(plans.findAllOfLearner(deletion.accountId()));
        plans.flush();
    }
}
