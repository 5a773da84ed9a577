package dev.studyportal.core.assignment;

/** Where one member stands with one assignment, by the {@link CompletionRule}. */
public enum AssignmentState {
    /** Before the due moment, and no question of the set rated since the assignment was made. */
    NOT_STARTED("Not started"),
    /** Before the due moment, some questions rated since the assignment was made, not yet all of them counting. */
    IN_PROGRESS("In progress"),
    /** Every question counted before the due moment. */
    DONE("Done"),
    /** Every question counts now, but not all of them did before the due moment. */
    DONE_LATE("Done late"),
    /** The due moment has passed and not every question counts. */
    OVERDUE("Overdue");

    private final String label;

    AssignmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDone() {
        return this == DONE || this == DONE_LATE;
    }
}
