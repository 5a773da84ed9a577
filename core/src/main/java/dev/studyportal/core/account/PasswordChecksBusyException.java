package dev.studyportal.core.account;

import java.time.Duration;

/**
 * A password could not be checked in time because as many checks as the portal runs at once were already
 * running ({@link PasswordCheckGate}). Nothing was checked: the person should simply try again, which the login
 * view tells them in its own words.
 */
public class PasswordChecksBusyException extends RuntimeException {

    public PasswordChecksBusyException(Duration waited) {
        super("No password check was free within " + waited.toMillis() + " ms");
    }
}
