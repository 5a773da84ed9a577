package dev.studyportal.core.cohort;

import dev.studyportal.core.shared.ExplainedException;

/**
 * The caller belongs to the cohort but their role there does not allow this, or the cohort is archived and
 * so read-only. The message is written for the person and says which.
 */
public class CohortPermissionException extends ExplainedException {

    public CohortPermissionException(String message) {
        super(message);
    }
}
