package dev.studyportal.core.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sign-in name: 3 to 64 letters, digits, dots, hyphens or underscores, stored in lower case so
 * that "Alice" and "alice" cannot be two people.
 */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,64}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidAccountDetailsException("username",
                    "Use 3 to 64 letters, digits, dots, hyphens or underscores.");
        }
    }

    public static Username of(String input) {
        return new Username(input == null ? "" : input.strip().toLowerCase(Locale.ROOT));
    }
}
