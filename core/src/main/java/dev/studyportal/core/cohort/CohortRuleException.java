package dev.studyportal.core.cohort;

/**
 * A change to a cohort's membership that its rules forbid: the last owner leaving, a role that would leave
 * the cohort without an owner, a member who is no longer there. The message says what to do instead; nothing
 * has changed when it is thrown.
 */
public class CohortRuleException extends RuntimeException {

    public CohortRuleException(String message) {
        super(message);
    }
}
