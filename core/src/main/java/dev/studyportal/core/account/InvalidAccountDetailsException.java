package dev.studyportal.core.account;

import dev.studyportal.core.shared.ExplainedException;

/** A sign-up or account form value that cannot be taken, with the field it belongs to so forms can show it there. */
public class InvalidAccountDetailsException extends ExplainedException {

    private final String field;

    public InvalidAccountDetailsException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
