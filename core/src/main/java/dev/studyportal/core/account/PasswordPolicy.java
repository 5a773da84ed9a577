package dev.studyportal.core.account;

/**
 * The length rules of OWASP ASVS 5.0 §6.2: at least 8 characters, at least 64 allowed, and no
 * composition rules, which push people towards predictable passwords.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidAccountDetailsException("password",
                    "Use at least " + MIN_LENGTH + " characters; a short sentence works well.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new InvalidAccountDetailsException("password",
                    "Use at most " + MAX_LENGTH + " characters.");
        }
    }
}
