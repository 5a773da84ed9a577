package dev.studyportal.core.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in name: 3 to 64 letters, digits, dots, hyphens or underscores, stored in lower case so
 * that "Alice" and "alice" cannot be two people.
 */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,64}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidAccountDetailsException(
                    "username", "Use 3 to 64 letters, digits, dots, hyphens or underscores.");
        }
    }

    public static Username of(@Nullable String input) {
        return new Username(normalize(input));
    }

    /**
     * What a typed name is compared and stored as, valid or not: lookups of a name that cannot exist
     * simply find nothing, where {@link #of} would refuse it.
     */
    public static String normalize(@Nullable String input) {
        return input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
    }
}
