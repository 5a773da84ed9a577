package dev.studyportal.core.account;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, after OWASP ASVS 5.0 §6.2: at least 8 characters and up to 128
 * (well past the 64 the standard asks to allow), no composition rules (they push people towards
 * predictable passwords), not one of the 10,000 most common passwords, and not a word of this
 * context (ASVS 6.2.11) give or take the digits and symbols people add at the end: the username or
 * the portal's own name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** The context words of ASVS 6.1.2/6.2.11 besides the username: what the portal is called and is for. */
    static final Set<String> CONTEXT_WORDS = Set.of(
            "studyportal",
            "study",
            "portal",
            "interview",
            "interviews",
            "interviewprep",
            "interviewquestions",
            "questions");

    private final CommonPasswords commonPasswords;

    PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    /** @throws InvalidAccountDetailsException for the field {@code password}, saying what to do instead */
    @Contract("null, _ -> fail")
    public void check(@Nullable String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (password == null || length < MIN_LENGTH) {
            throw refused("Use at least " + MIN_LENGTH + " characters; a short sentence works well.");
        }
        if (length > MAX_LENGTH) {
            throw refused("Use at most " + MAX_LENGTH + " characters.");
        }
        String core = withoutDecoration(password);
        if (!core.isEmpty() && core.equals(withoutDecoration(username))) {
            throw refused("Your password must not be your username; choose something only you know.");
        }
        if (CONTEXT_WORDS.contains(core)) {
            throw refused(
                    "Your password must not be the portal's name or what it is for; choose something only you know.");
        }
        if (commonPasswords.contains(password)) {
            throw refused("This is one of the most common passwords, so it is among the first anyone tries. "
                    + "Choose another; a few unrelated words work well.");
        }
    }

    /** Lower case, without spaces and without the digits and symbols people add at the end. */
    private static String withoutDecoration(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replaceAll("[\\p{N}\\p{P}\\p{S}]+$", "");
    }

    private static InvalidAccountDetailsException refused(String message) {
        return new InvalidAccountDetailsException("password", message);
    }
}
