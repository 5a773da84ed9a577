package dev.studyportal.core.plan;

import dev.studyportal.core.access.SignedIn;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.review.CardState;
import dev.studyportal.core.review.PlanScopes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans' side of today's queue. Not a service of its own: only the review queue calls it, inside its
 * own call guarded for the learner named there, so it takes the learner's id as that call found it. It
 * still refuses anyone not signed in, should anything else ever reach it.
 */
@Component
@Transactional(readOnly = true)
@SignedIn
class PlanQueue implements PlanScopes {

    private final StudyPlanRepository plans;
    private final Learners accounts;

    PlanQueue(StudyPlanRepository plans, Learners accounts) {
        this.plans = plans;
        this.accounts = accounts;
    }

    /** Plans not archived, started, and whose interview (if any) is today or later. */
    @Override
    public List<ActivePlan> activePlans(long learnerId, LocalDate today, Instant dayStart) {
        List<StudyPlan> unarchived = plans.findUnarchived(learnerId);
        if (unarchived.isEmpty()) {
            return List.of();
        }
        UserAccount learner = accounts.getReferenceById(learnerId);
        return unarchived.stream()
                .filter(plan -> !plan.getStartDate().isAfter(today))
                .filter(plan -> plan.getInterviewDate() == null
                        || !plan.getInterviewDate().isBefore(today))
                .map(plan -> {
                    List<Long> ids = List.of(plan.id());
                    int introduced = (int) plans.countIntroducedSince(learnerId, ids, dayStart);
                    int newLeft = (int) plans.countNew(learnerId, ids);
                    PlanPace pace = PlanService.pace(learner, plan, today, newLeft + introduced);
                    return new ActivePlan(plan.id(), plan.getName(), Math.max(0, pace.newOn(today) - introduced));
                })
                .toList();
    }

    @Override
    public long countDue(long learnerId, Collection<Long> planIds, Instant before) {
        return plans.countDue(learnerId, planIds, before);
    }

    @Override
    public List<CardState> findDue(long learnerId, Collection<Long> planIds, Instant before, Pageable pageable) {
        return plans.findDue(learnerId, planIds, before, pageable);
    }

    @Override
    public long countNew(long learnerId, Collection<Long> planIds) {
        return plans.countNew(learnerId, planIds);
    }

    @Override
    public int newToday(long learnerId, List<ActivePlan> active, int ceiling) {
        Set<Long> chosen = new LinkedHashSet<>();
        for (ActivePlan plan : active) {
            List<Long> ids = List.of(plan.id());
            int left = plan.newLeftToday() - (chosen.isEmpty() ? 0 : (int) plans.countInScope(ids, chosen));
            int take = Math.min(left, ceiling - chosen.size());
            if (take > 0) {
                plans.findNew(learnerId, ids, Pageable.ofSize(take + chosen.size())).stream()
                        .filter(id -> !chosen.contains(id))
                        .limit(take)
                        .forEach(chosen::add);
            }
        }
        return chosen.size();
    }

    @Override
    public Optional<Long> firstNew(long learnerId, long planId) {
        return plans.findNew(learnerId, List.of(planId), Pageable.ofSize(1)).stream()
                .findFirst();
    }
}
