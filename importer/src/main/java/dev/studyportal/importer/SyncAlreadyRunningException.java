package dev.studyportal.importer;

import dev.studyportal.core.shared.ExplainedException;

/** Another sync holds the lock; this one did not start and wrote nothing. */
public class SyncAlreadyRunningException extends ExplainedException {

    private static final String MESSAGE =
            "Another sync of the question bank is running; try again when it has finished.";

    public SyncAlreadyRunningException() {
        super(MESSAGE);
    }
}
