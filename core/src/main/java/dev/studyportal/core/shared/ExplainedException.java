package dev.studyportal.core.shared;

/**
 * A refusal or failure whose message is written for the person who meets it: a form shows it beside a field, the
 * admin page or the command line shows it as it is. So the message is always there, which {@link
 * Throwable#getMessage} does not promise.
 */
public abstract class ExplainedException extends RuntimeException {

    private final String message;

    protected ExplainedException(String message) {
        super(message);
        this.message = message;
    }

    protected ExplainedException(String message, Throwable cause) {
        super(message, cause);
        this.message = message;
    }

    /** Always there, in words for the person. */
    @Override
    public String getMessage() {
        return message;
    }
}
