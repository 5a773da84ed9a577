package dev.studyportal.core.assignment;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.cohort.CohortAccess;
import dev.studyportal.core.cohort.CohortMember;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.cohort.NoSuchCohortException;
import dev.studyportal.core.plan.PlanAssignments;
import dev.studyportal.core.questionset.NoSuchQuestionSetException;
import dev.studyportal.core.questionset.QuestionSet;
import dev.studyportal.core.questionset.QuestionSets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments: a cohort's owners and instructors hand one of their own question sets to the cohort with a due
 * date and a note, extend it, withdraw it; members see theirs, with where they stand by the {@link
 * CompletionRule}, and add them to their study plans. Each call acts for the person it names ({@link OwnData})
 * and asks {@link CohortAccess} what they may do in the cohort: outside it they learn nothing.
 */
@Service
@Transactional
@OwnData
public class AssignmentService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final AssignmentRepository assignments;
    private final AssignmentProgress progress;
    private final Learners accounts;
    private final CohortAccess access;
    private final QuestionSets sets;
    private final PlanAssignments planAssignments;
    private final Clock clock;

    AssignmentService(
            AssignmentRepository assignments,
            AssignmentProgress progress,
            Learners accounts,
            CohortAccess access,
            QuestionSets sets,
            PlanAssignments planAssignments,
            Clock clock) {
        this.assignments = assignments;
        this.progress = progress;
        this.accounts = accounts;
        this.access = access;
        this.sets = sets;
        this.planAssignments = planAssignments;
        this.clock = clock;
    }

    /**
     * The cohort's assignments by due date. Owners and instructors also get how the class stands on each.
     *
     * @throws dev.studyportal.core.cohort.NoSuchCohortException when the person is not in the cohort
     */
    @Transactional(readOnly = true)
    public List<AssignmentSummary> assignments(String username, long cohortId) {
        CohortMember member = access.member(cohortId, accounts.requireByUsername(username));
        boolean teaches = member.getRole().teaches();
        return assignments.findAllInCohort(cohortId).stream()
                .map(assignment -> summary(assignment, teaches))
                .toList();
    }

    /** The person's own question sets that can be assigned: those with at least one question. */
    @Transactional(readOnly = true)
    public List<SetOption> assignableSets(String username, long cohortId) {
        UserAccount teacher = accounts.requireByUsername(username);
        access.teacherReading(cohortId, teacher);
        return sets.allAuthoredBy(teacher).stream()
                .filter(set -> set.size() > 0)
                .map(set -> new SetOption(set.id(), set.getName(), set.size()))
                .toList();
    }

    /**
     * Assigns one of the person's own sets to the cohort.
     *
     * @return the new assignment's id
     * @throws InvalidAssignmentException with a message per field that cannot be taken; nothing is saved then
     * @throws dev.studyportal.core.cohort.CohortPermissionException when the person only studies in the cohort,
     *         or it is archived
     */
    public long assign(String username, long cohortId, AssignmentDraft draft) {
        UserAccount teacher = accounts.requireByUsername(username);
        Cohort cohort = access.teacher(cohortId, teacher).getCohort();
        Map<String, String> errors = new LinkedHashMap<>();
        QuestionSet set = null;
        if (draft.setId() == null) {
            errors.put("setId", "Choose one of your question sets.");
        } else {
            try {
                set = sets.authoredBy(teacher, draft.setId());
                if (set.size() == 0) {
                    errors.put("setId", "This set has no questions yet; add questions on the Sets page first.");
                }
            } catch (NoSuchQuestionSetException notTheirs) {
                errors.put("setId", "Choose one of your own question sets; that one is not among them.");
            }
        }
        LocalDate today = DueDate.today(clock.instant(), cohort.getTimeZone());
        if (draft.dueDate() == null) {
            errors.put("dueDate", "Choose the day it is due.");
        } else if (draft.dueDate().isBefore(today)) {
            errors.put(
                    "dueDate",
                    "That day has passed in the cohort's time zone (%s, where it is %s); choose today or a later day."
                            .formatted(cohort.getTimeZone().getId(), DAY.format(today)));
        }
        String note = draft.note() == null ? "" : draft.note().strip();
        if (note.length() > Assignment.NOTE_LENGTH) {
            errors.put(
                    "note",
                    "Keep the note to %d characters or fewer; this one has %d."
                            .formatted(Assignment.NOTE_LENGTH, note.length()));
        }
        // Without an error message, a set and a due day were chosen; the patterns say so to the compiler.
        if (!errors.isEmpty() || !(set instanceof QuestionSet chosen) || !(draft.dueDate() instanceof LocalDate due)) {
            throw new InvalidAssignmentException(errors);
        }
        return assignments
                .save(new Assignment(cohort, chosen, due, note, clock.instant()))
                .id();
    }

    /**
     * Moves the due date later.
     *
     * @throws InvalidAssignmentException when the new date is before today or before the current due date
     */
    public void extend(String username, long cohortId, long assignmentId, LocalDate dueDate) {
        UserAccount teacher = accounts.requireByUsername(username);
        Cohort cohort = access.teacher(cohortId, teacher).getCohort();
        Assignment assignment = find(cohortId, assignmentId);
        LocalDate today = DueDate.today(clock.instant(), cohort.getTimeZone());
        if (dueDate == null) {
            throw new InvalidAssignmentException(Map.of("dueDate", "Choose the new due day."));
        }
        if (dueDate.isBefore(assignment.getDueDate())) {
            throw new InvalidAssignmentException(Map.of(
                    "dueDate",
                    "An extension moves the due date later; it is due on %s now."
                            .formatted(DAY.format(assignment.getDueDate()))));
        }
        if (dueDate.isBefore(today)) {
            throw new InvalidAssignmentException(Map.of(
                    "dueDate",
                    "That day has passed in the cohort's time zone (%s, where it is %s); choose today or a later day."
                            .formatted(cohort.getTimeZone().getId(), DAY.format(today))));
        }
        assignment.extendTo(dueDate);
    }

    /** Withdraws the assignment: it leaves the members' lists and plans; their reviews stay theirs. */
    public void withdraw(String username, long cohortId, long assignmentId) {
        access.teacher(cohortId, accounts.requireByUsername(username));
        Assignment assignment = find(cohortId, assignmentId);
        planAssignments.forgetAssignment(assignment.id());
        assignments.delete(assignment);
    }

    /**
     * The assignments of every cohort the person studies in (as a member, cohorts not archived), by due date,
     * with where they stand: what Today shows.
     */
    @Transactional(readOnly = true)
    public List<MyAssignment> mine(String username) {
        UserAccount learner = accounts.requireByUsername(username);
        List<Long> cohorts = access.memberships(learner).stream()
                .filter(membership -> membership.getRole() == CohortRole.MEMBER)
                .map(membership -> membership.getCohort().id())
                .toList();
        if (cohorts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> plans = planAssignments.plansByAssignment(learner);
        return assignments.findAllInCohorts(cohorts).stream()
                .map(assignment -> {
                    MemberProgress own = progress.of(assignment, learner.id(), clock.instant());
                    Cohort cohort = assignment.getCohort();
                    return new MyAssignment(
                            assignment.id(),
                            cohort.id(),
                            cohort.getName(),
                            assignment.getQuestionSet().getName(),
                            assignment.getDueDate(),
                            assignment.dueAt(),
                            cohort.getTimeZone(),
                            assignment.getNote(),
                            own.state(),
                            own.counts().counting(),
                            own.counts().questions(),
                            plans.getOrDefault(assignment.id(), List.of()));
                })
                .toList();
    }

    /**
     * Adds the assignment to one of the person's plans: the plan then covers the set's questions while they are
     * in the cohort.
     *
     * @throws NoSuchAssignmentException when the person is not a member of the assignment's cohort
     * @throws dev.studyportal.core.plan.NoSuchPlanException when they have no plan with that id
     */
    public void addToPlan(String username, long assignmentId, long planId) {
        UserAccount learner = accounts.requireByUsername(username);
        planAssignments.include(learner, planId, visible(learner, assignmentId).id());
    }

    public void removeFromPlan(String username, long assignmentId, long planId) {
        UserAccount learner = accounts.requireByUsername(username);
        planAssignments.exclude(learner, planId, assignmentId);
    }

    private Assignment visible(UserAccount person, long assignmentId) {
        Assignment assignment =
                assignments.findById(assignmentId).orElseThrow(() -> new NoSuchAssignmentException(assignmentId));
        try {
            access.member(assignment.getCohort().id(), person);
        } catch (NoSuchCohortException notInIt) {
            throw new NoSuchAssignmentException(assignmentId);
        }
        return assignment;
    }

    private Assignment find(long cohortId, long assignmentId) {
        return assignments
                .findInCohort(cohortId, assignmentId)
                .orElseThrow(() -> new NoSuchAssignmentException(assignmentId));
    }

    private AssignmentSummary summary(Assignment assignment, boolean teaches) {
        List<Long> questions = AssignmentProgress.questionIds(progress.questions(assignment));
        return progress.summary(
                assignment,
                teaches ? progress.all(assignment, clock.instant(), questions, progress.memberIds(assignment)) : null,
                questions.size());
    }
}
