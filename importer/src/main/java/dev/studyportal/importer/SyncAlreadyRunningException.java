package dev.studyportal.importer;

/** Another sync holds the lock; this one did not start and wrote nothing. */
public class SyncAlreadyRunningException extends RuntimeException {

    public SyncAlreadyRunningException() {
        super("Another sync of the question bank is running; try again when it has finished.");
    }
}
