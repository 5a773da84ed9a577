package dev.studyportal.importer.source;

import dev.studyportal.core.shared.ExplainedException;

/**
 * A bank source could not be opened: an unreachable repository, an unknown branch, a missing
 * folder, a refused upload. The message is written for an admin, says what to check, and never
 * carries credentials; causes are kept only where their text is free of them.
 */
public class BankSourceException extends ExplainedException {

    public BankSourceException(String message) {
        super(message);
    }

    public BankSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
