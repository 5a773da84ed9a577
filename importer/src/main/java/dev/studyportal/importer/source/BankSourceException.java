package dev.studyportal.importer.source;

/**
 * A bank source could not be opened: an unreachable repository, an unknown branch, a missing
 * folder, a refused upload. The message is written for an admin, says what to check, and never
 * carries credentials; causes are kept only where their text is free of them.
 */
public class BankSourceException extends RuntimeException {

    private final String message;

    public BankSourceException(String message) {
        super(message);
        this.message = message;
    }

    public BankSourceException(String message, Throwable cause) {
        super(message, cause);
        this.message = message;
    }

    /** Always there: the admin page and the command line show it as it is. */
    @Override
    public String getMessage() {
        return message;
    }
}
