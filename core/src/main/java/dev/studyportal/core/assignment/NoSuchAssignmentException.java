package dev.studyportal.core.assignment;

/**
 * The cohort has no assignment with that id, or the caller may not see it. Alike on purpose, so that ids tell
 * nobody about other cohorts' work.
 */
public class NoSuchAssignmentException extends RuntimeException {

    public NoSuchAssignmentException(long assignmentId) {
        super("No such assignment: " + assignmentId);
    }
}
