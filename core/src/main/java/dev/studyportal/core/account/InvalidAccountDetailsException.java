package dev.studyportal.core.account;

/** A sign-up or account form value that cannot be taken, with the field it belongs to so forms can show it there. */
public class InvalidAccountDetailsException extends RuntimeException {

    private final String field;
    private final String message;

    public InvalidAccountDetailsException(String field, String message) {
        super(message);
        this.field = field;
        this.message = message;
    }

    /** What to do instead, in words a form shows beside the field: always present. */
    @Override
    public String getMessage() {
        return message;
    }

    public String field() {
        return field;
    }
}
