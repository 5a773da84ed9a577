package dev.studyportal.importer.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of Docusaurus admonitions, for the importer (which keeps them whole inside answers) and
 * the portal (which draws them as callouts): an opening line of three or more colons and a keyword, with
 * an optional title ({@code :::tip}, {@code :::note[Title]}, {@code :::note Title}); a closing line of
 * colons alone. As in Docusaurus, a closing line closes the innermost open admonition when it has at least
 * as many colons as that admonition's opening, so an outer one takes more colons than those it holds.
 */
public final class AdmonitionSyntax {

    /** The keywords Docusaurus draws as callouts; another keyword still opens a block that must be closed. */
    public static final Set<String> CALLOUT_KINDS = Set.of("note", "tip", "info", "warning", "danger", "caution");

    private static final Pattern OPENING = Pattern.compile("^\\s*(:{3,})\\s*([A-Za-z][\\w-]*)\\s*(?:\\[(.*)]|(.*))$");
    private static final Pattern CLOSING = Pattern.compile("^\\s*(:{3,})\\s*$");

    private AdmonitionSyntax() {}

    /** An opening line: how many colons, the keyword in lower case, and the title as written (may be blank). */
    public record Opening(int colons, String kind, String title) {

        public boolean isCallout() {
            return CALLOUT_KINDS.contains(kind);
        }

        /** Whether this line closes the admonition this opened. */
        public boolean closedBy(String line) {
            OptionalInt closing = closing(line);
            return closing.isPresent() && closing.getAsInt() >= colons;
        }
    }

    public static Optional<Opening> opening(String line) {
        if (!line.stripLeading().startsWith(":::")) {
            return Optional.empty(); // nearly every line: decided without a regular expression
        }
        Matcher opening = OPENING.matcher(line);
        if (!opening.matches()) {
            return Optional.empty();
        }
        String title = opening.group(3) != null ? opening.group(3) : opening.group(4);
        return Optional.of(new Opening(
                opening.group(1).length(),
                opening.group(2).toLowerCase(Locale.ROOT),
                title == null ? "" : title.strip()));
    }

    /** The number of colons of a closing line. */
    public static OptionalInt closing(String line) {
        if (!line.stripLeading().startsWith(":::")) {
            return OptionalInt.empty();
        }
        Matcher closing = CLOSING.matcher(line);
        return closing.matches() ? OptionalInt.of(closing.group(1).length()) : OptionalInt.empty();
    }
}
