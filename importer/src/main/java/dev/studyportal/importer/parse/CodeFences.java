package dev.studyportal.importer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Follows fenced code blocks line by line, for the scanners that run before or beside commonmark
 * (MDX syntax, admonitions, the portal's callouts) and must leave code alone. A fence is three or more backticks or tildes
 * and is closed by a line of at least as many of the same character, as in CommonMark. Unlike
 * CommonMark at the top level, any indentation is accepted: fences inside list items are indented
 * further, and an indented code block that shows a fence marker is far rarer.
 */
public final class CodeFences {

    private static final Pattern OPENING = Pattern.compile("^\\s*(`{3,}|~{3,})(.*)$");

    private @Nullable Fence open;

    /** Whether this line, taken in document order, belongs to a fenced code block, its fences included. */
    public boolean isCode(String line) {
        if (open != null) {
            if (open.closedBy(line)) {
                open = null;
            }
            return true;
        }
        open = Fence.opening(line);
        return open != null;
    }

    private record Fence(char character, int length) {

        static @Nullable Fence opening(String line) {
            if (!startsWithFenceCharacter(line)) {
                return null; // nearly every line: decided without a regular expression
            }
            Matcher matcher = OPENING.matcher(line);
            if (!matcher.matches()) {
                return null;
            }
            char character = matcher.group(1).charAt(0);
            // A backtick in the info string makes the line inline code, not a fence (CommonMark 4.5).
            if (character == '`' && matcher.group(2).indexOf('`') >= 0) {
                return null;
            }
            return new Fence(character, matcher.group(1).length());
        }

        private static boolean startsWithFenceCharacter(String line) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!Character.isWhitespace(c)) {
                    return c == '`' || c == '~';
                }
            }
            return false;
        }

        boolean closedBy(String line) {
            String stripped = line.strip();
            return stripped.length() >= length && stripped.chars().allMatch(c -> c == character);
        }
    }
}
