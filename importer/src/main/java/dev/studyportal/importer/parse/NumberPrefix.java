package dev.studyportal.importer.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Docusaurus's default number prefix of a file or folder name ({@code 01-intro}, {@code 2_basics},
 * {@code 3.tensors}, {@code 04 - setup}): digits, then {@code -}, {@code _} or {@code .}. It orders
 * the sidebar and is left out of doc ids and labels. As in Docusaurus, names that look like a date
 * ({@code 2021-01-31-notes}) or a version ({@code 7.0-upgrade}) have no prefix, and a name that is
 * only a number keeps it, since stripping it would leave nothing.
 *
 * @param name the name without its prefix
 * @param number the prefix as a number, or null when the name has none
 */
record NumberPrefix(String name, @Nullable Integer number) {

    private static final Pattern DATE_OR_VERSION =
            Pattern.compile("^(?:(?:\\d{2}|\\d{4})[-_.]\\d{2}(?:[-_.](?:\\d{2}|\\d{4}))?|\\d+[-_.]\\d+).*$");
    private static final Pattern PREFIX = Pattern.compile("^(\\d+)\\s*[-_.]+\\s*(.+)$");

    static NumberPrefix of(String name) {
        if (DATE_OR_VERSION.matcher(name).matches()) {
            return new NumberPrefix(name, null);
        }
        Matcher matcher = PREFIX.matcher(name);
        if (!matcher.matches()) {
            return new NumberPrefix(name, null);
        }
        // A prefix too long for an int orders nothing sensibly; it is still not part of the name.
        Integer number = matcher.group(1).length() <= 9 ? Integer.valueOf(matcher.group(1)) : null;
        return new NumberPrefix(matcher.group(2), number);
    }

    static String strip(String name) {
        return of(name).name();
    }

    /** {@code 02-java_basics} reads as "Java basics": for labels and titles nobody wrote. */
    static String readable(String name) {
        String words = strip(name)
                .replace('-', ' ')
                .replace('_', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        if (words.isEmpty()) {
            return name;
        }
        return words.substring(0, words.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + words.substring(words.offsetByCodePoints(0, 1));
    }
}
