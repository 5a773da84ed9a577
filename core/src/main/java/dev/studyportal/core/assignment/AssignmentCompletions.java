package dev.studyportal.core.assignment;

import dev.studyportal.core.account.Learners;
import dev.studyportal.core.cohort.ActivityKind;
import dev.studyportal.core.cohort.CohortAccess;
import dev.studyportal.core.cohort.CohortActivity;
import dev.studyportal.core.cohort.CohortMember;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.review.QuestionRated;
import dev.studyportal.core.review.fsrs.Rating;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notices the rating with which a member finishes an assignment. Only a Good or Easy rating can finish one, and
 * only if that question did not already count before it (its previous rating since the assignment was not Good
 * or Easy): re-rating a question of a finished assignment does not announce it again.
 */
@Component
class AssignmentCompletions {

    private final AssignmentProgress progress;
    private final CohortAccess access;
    private final Learners accounts;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final CohortActivity activity;

    AssignmentCompletions(
            AssignmentProgress progress,
            CohortAccess access,
            Learners accounts,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            CohortActivity activity) {
        this.progress = progress;
        this.access = access;
        this.accounts = accounts;
        this.entityManager = entityManager;
        this.events = events;
        this.activity = activity;
    }

    @EventListener
    void on(QuestionRated rated) {
        if (!rated.rating().isRecall() || rated.rating() == Rating.HARD) {
            return;
        }
        List<Long> cohorts = access.memberships(accounts.getReferenceById(rated.learnerId())).stream()
                .filter(membership -> membership.getRole() == CohortRole.MEMBER
                        && !membership.getCohort().isArchived())
                .map(CohortMember::getCohort)
                .map(cohort -> cohort.id())
                .toList();
        if (cohorts.isEmpty()) {
            return;
        }
        List<Assignment> holding = entityManager
                .createQuery("""
                select a from Assignment a join fetch a.cohort join a.questionSet qs join qs.questionIds qi
                where a.cohort.id in :cohorts and qi = :question and a.assignedAt <= :at""", Assignment.class)
                .setParameter("cohorts", cohorts)
                .setParameter("question", rated.questionId())
                .setParameter("at", rated.at())
                .getResultList();
        for (Assignment assignment : holding) {
            if (!countedBefore(assignment, rated)) {
                MemberProgress now = progress.of(assignment, rated.learnerId(), rated.at());
                if (now.state().isDone()) {
                    announce(
                            assignment,
                            new AssignmentCompleted(
                                    assignment.id(),
                                    assignment.getCohort().id(),
                                    rated.learnerId(),
                                    now.state() == AssignmentState.DONE_LATE,
                                    rated.at()));
                }
            }
        }
    }

    /**
     * The one place a finished assignment is announced: a line in the cohort's feed (shown while the member
     * shares), and an {@link AssignmentCompleted} for anything else that listens.
     */
    private void announce(Assignment assignment, AssignmentCompleted completed) {
        String title = assignment.getQuestionSet().getName() + (completed.late() ? " (late)" : "");
        activity.record(completed.cohortId(), completed.memberId(), ActivityKind.ASSIGNMENT_FINISHED, title);
        events.publishEvent(completed);
    }

    private boolean countedBefore(Assignment assignment, QuestionRated rated) {
        List<?> previous = entityManager
                .createNativeQuery("""
                select l.rating from review_log l
                where l.user_account_id = :learner and l.question_id = :question and l.reviewed_at >= :assigned
                  and l.reviewed_at < :at and l.undone_at is null
                order by l.reviewed_at desc, l.id desc""")
                .setParameter("learner", rated.learnerId())
                .setParameter("question", rated.questionId())
                .setParameter("assigned", assignment.getAssignedAt())
                .setParameter("at", rated.at())
                .setMaxResults(1)
                .getResultList();
        return !previous.isEmpty() && List.of("GOOD", "EASY").contains(String.valueOf(previous.getFirst()));
    }
}
