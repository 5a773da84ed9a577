package dev.studyportal.core.review;

/** A question id that leads nowhere, or to a question that has left the bank and cannot be studied. */
public class NoSuchQuestionException extends RuntimeException {

    public NoSuchQuestionException(long questionId) {
        super("There is no question " + questionId + " to study");
    }
}
