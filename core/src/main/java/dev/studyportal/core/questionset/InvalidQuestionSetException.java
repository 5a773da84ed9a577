package dev.studyportal.core.questionset;

import java.util.Map;

/**
 * A set that cannot be saved or changed as asked, with a message per field so that a form can show each next
 * to its field. Nothing of the change has been saved when this is thrown.
 *
 * @see QuestionSetDraft the field names: name, description; and "questions" for what is added to a set
 */
public class InvalidQuestionSetException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidQuestionSetException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    static InvalidQuestionSetException questions(String message) {
        return new InvalidQuestionSetException(Map.of("questions", message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
