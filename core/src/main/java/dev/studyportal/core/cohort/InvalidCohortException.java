package dev.studyportal.core.cohort;

import java.util.Map;

/**
 * A cohort or an invitation that cannot be saved as filled in, with a message per field so that a form can
 * show each next to its field. Nothing has been saved when this is thrown.
 *
 * @see CohortDraft the cohort's field names: name, description, timeZone
 * @see InviteDraft the invitation's: validDays, maxUses
 */
public class InvalidCohortException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidCohortException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
