package dev.studyportal.core.assignment;

import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.questionset.QuestionSet;
import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A question set handed to a cohort. The due date is a day in the cohort's time zone ({@link DueDate}); the
 * set is read as it is now, so questions the author adds later join the assignment and retired ones leave it.
 * The service checks dates against today; the entity keeps what holds on any day.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends AbstractEntity {

    public static final int NOTE_LENGTH = 1000;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id", nullable = false, updatable = false)
    private QuestionSet questionSet;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(length = NOTE_LENGTH)
    private @Nullable String note;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    protected Assignment() {}

    Assignment(Cohort cohort, QuestionSet questionSet, LocalDate dueDate, @Nullable String note, Instant assignedAt) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.questionSet = Objects.requireNonNull(questionSet, "questionSet");
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        this.assignedAt = Objects.requireNonNull(assignedAt, "assignedAt");
        this.note = cleanNote(note);
    }

    static @Nullable String cleanNote(@Nullable String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_LENGTH) {
            throw new IllegalArgumentException("A note has at most " + NOTE_LENGTH + " characters");
        }
        return text;
    }

    /** Moves the due date later; the service has checked that it is not before today. */
    void extendTo(LocalDate newDueDate) {
        if (newDueDate.isBefore(dueDate)) {
            throw new IllegalArgumentException("An extension moves the due date later");
        }
        dueDate = newDueDate;
    }

    /** The instant the assignment is due: the end of its due day in the cohort's time zone. */
    public Instant dueAt() {
        return DueDate.endOf(dueDate, cohort.getTimeZone());
    }

    public Cohort getCohort() {
        return cohort;
    }

    public QuestionSet getQuestionSet() {
        return questionSet;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public @Nullable String getNote() {
        return note;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
