package dev.studyportal.core.questionset;

/**
 * The caller has no question set with that id: there is none, or it is someone else's. Alike on purpose,
 * so that ids tell nobody what others have built.
 */
public class NoSuchQuestionSetException extends RuntimeException {

    public NoSuchQuestionSetException(long setId) {
        super("No such question set: " + setId);
    }
}
