package dev.studyportal.core.plan;

import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One learner's plan. It keeps the scope as chosen (pages, sections, tags), never a list of questions,
 * so that the questions it covers follow the bank. The service checks a draft against today and the
 * bank before it reaches here; the entity keeps what holds whatever the day: a name, a scope, a start
 * before the interview.
 */
@Entity
@Table(name = "study_plan")
public class StudyPlan extends AbstractEntity {

    static final int NAME_LENGTH = 100;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id", nullable = false, updatable = false)
    private UserAccount learner;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "interview_date")
    private @Nullable LocalDate interviewDate;

    @Column(name = "daily_new_budget")
    private @Nullable Integer dailyNewBudget;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "study_plan_page", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "page_id", nullable = false)
    private Set<Long> pageIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "study_plan_section", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "section_id", nullable = false)
    private Set<Long> sectionIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "study_plan_tag", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "tag", nullable = false)
    private Set<String> tags = new HashSet<>();

    /**
     * Assignments the learner added to the plan. Kept apart from the scope a plan's form edits, so that saving
     * the form never drops them; the plan covers their sets' questions while the learner is in the cohort.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "study_plan_assignment", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "assignment_id", nullable = false)
    private Set<Long> assignmentIds = new HashSet<>();

    protected StudyPlan() {}

    StudyPlan(UserAccount learner, PlanDraft draft, Instant createdAt) {
        this.learner = Objects.requireNonNull(learner, "learner");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.name = "";
        this.startDate = LocalDate.MIN;
        revise(draft);
    }

    /** Takes the draft as the plan's new content; the service has checked it against today and the bank. */
    void revise(PlanDraft draft) {
        String trimmed = draft.name().strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("A plan needs a name of 1 to " + NAME_LENGTH + " characters");
        }
        if (draft.scope().isEmpty()) {
            throw new IllegalArgumentException("A plan needs a scope");
        }
        LocalDate start = Objects.requireNonNull(draft.startDate(), "startDate");
        if (draft.interviewDate() != null && !draft.interviewDate().isAfter(start)) {
            throw new IllegalArgumentException("The interview comes after the start");
        }
        name = trimmed;
        startDate = start;
        interviewDate = draft.interviewDate();
        dailyNewBudget = draft.dailyNewBudget();
        replace(pageIds, draft.scope().pageIds());
        replace(sectionIds, draft.scope().sectionIds());
        replace(tags, draft.scope().tags());
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    /** @return false when the plan held the assignment already */
    boolean include(long assignmentId) {
        return assignmentIds.add(assignmentId);
    }

    boolean exclude(long assignmentId) {
        return assignmentIds.remove(assignmentId);
    }

    void archive() {
        archived = true;
    }

    void restore() {
        archived = false;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getInterviewDate() {
        return interviewDate;
    }

    public @Nullable Integer getDailyNewBudget() {
        return dailyNewBudget;
    }

    public boolean isArchived() {
        return archived;
    }

    public PlanScope scope() {
        return new PlanScope(pageIds, sectionIds, tags);
    }
}
