package dev.studyportal.core.note;

/** The note cannot be shared as it is; the message, written for the learner, says why and what to do. */
public class CannotShareNoteException extends RuntimeException {

    public CannotShareNoteException(String message) {
        super(message);
    }
}
