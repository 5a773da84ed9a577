package dev.studyportal.importer;

/** Another sync holds the lock; this one did not start and wrote nothing. */
public class SyncAlreadyRunningException extends RuntimeException {

    private static final String MESSAGE =
            "Another sync of the question bank is running; try again when it has finished.";

    public SyncAlreadyRunningException() {
        super(MESSAGE);
    }

    /** Shown as it is, on the admin page and by the command line. */
    @Override
    public String getMessage() {
        return MESSAGE;
    }
}
