package dev.studyportal.core.assignment;

import java.util.Map;

/**
 * An assignment or extension that cannot be taken as filled in, with a message per field (setId, dueDate, note)
 * so that a dialog can show each next to its field. Nothing has been saved when this is thrown.
 */
public class InvalidAssignmentException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidAssignmentException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
