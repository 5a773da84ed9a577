package dev.studyportal.core.plan;

import java.util.Map;

/**
 * A plan that cannot be saved as filled in, with a message per field so that a form can show each next
 * to its field. Nothing of the plan has been saved when this is thrown.
 *
 * @see PlanDraft the field names: name, scope, startDate, interviewDate, dailyNewBudget
 */
public class InvalidPlanException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidPlanException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
