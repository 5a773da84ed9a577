package dev.studyportal.core.content;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable identity of a question across imports: the explicit Docusaurus heading id when the
 * author gave one, otherwise the page's doc id and a slug of the title without its number, so that
 * renumbering never changes it.
 *
 * <p>
 * See {@code docs/adr/0002-question-identity.md}.
 */
public record QuestionKey(String value) {

    public static final int MAX_LENGTH = 255;
    private static final int MAX_SLUG_LENGTH = 120;
    private static final Pattern LEADING_NUMBER =
            Pattern.compile("^\\s*(?:Q\\s*)?\\d+(?:\\.\\d+)*[.):]?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");

    public QuestionKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A question key must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A question key is at most " + MAX_LENGTH + " characters: " + value);
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(
                    "A question key must not start or end with white space: '" + value + "'");
        }
    }

    /** The key the author chose with {@code {#id}}; it survives moves between pages. */
    public static QuestionKey explicit(String headingId) {
        return new QuestionKey(headingId);
    }

    /** The key derived from where a question lives and what it asks. */
    public static QuestionKey derived(String docId, String title) {
        String slug = slug(withoutNumber(title));
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("The title '" + title + "' has nothing to derive a key from");
        }
        int room = MAX_LENGTH - docId.length() - 1;
        if (room < 1) {
            throw new IllegalArgumentException("The doc id '" + docId + "' is too long to derive question keys from");
        }
        return new QuestionKey(
                docId + "#" + slug.substring(0, Math.min(slug.length(), Math.min(room, MAX_SLUG_LENGTH))));
    }

    /** "12. What is X?" becomes "What is X?". */
    public static String withoutNumber(String title) {
        return LEADING_NUMBER.matcher(title).replaceFirst("").strip();
    }

    /** Lower-case letters and digits joined by single hyphens, as Docusaurus slugs headings. */
    public static String slug(String text) {
        String slug = NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
