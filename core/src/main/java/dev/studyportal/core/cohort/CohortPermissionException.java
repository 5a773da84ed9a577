package dev.studyportal.core.cohort;

/**
 * The caller belongs to the cohort but their role there does not allow this, or the cohort is archived and
 * so read-only. The message is written for the person and says which.
 */
public class CohortPermissionException extends RuntimeException {

    private final String message;

    public CohortPermissionException(String message) {
        super(message);
        this.message = message;
    }

    /** Always there: it is shown to the person who was refused. */
    @Override
    public String getMessage() {
        return message;
    }
}
