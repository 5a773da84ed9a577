package dev.studyportal.core.questionset;

/** The set is assigned to a cohort, so it cannot be deleted; the message says what to do instead. */
public class QuestionSetInUseException extends RuntimeException {

    public QuestionSetInUseException(String setName) {
        super("\"" + setName + "\" is assigned to a cohort, so it cannot be deleted while that assignment exists. "
                + "Remove the assignment first, or keep the set.");
    }
}
