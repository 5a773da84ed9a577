package dev.studyportal.importer.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page's Docusaurus admonitions ({@code :::tip}, {@code :::note[Title]},
 * {@code :::note Title}, nested with more colons outside) stand. CommonMark knows nothing of them: to
 * it {@code :::tip} is paragraph text and a {@code ###} line inside is a heading. The page parser
 * treats these ranges as opaque, like code, so an admonition stays whole in the answer or reading
 * that holds it. As in Docusaurus, a {@code :::} line closes the innermost open admonition when it
 * has at least as many colons as that admonition's opening line.
 */
final class Admonitions {

    private static final Pattern OPENING = Pattern.compile("^\\s*(:{3,})\\s*[A-Za-z][\\w-]*.*$");
    private static final Pattern CLOSING = Pattern.compile("^\\s*(:{3,})\\s*$");

    private Admonitions() {
    }

    /** Line index ranges of the outermost admonitions, each from its opening to its closing line. */
    record Range(int first, int last) {

        boolean contains(int line) {
            return line >= first && line <= last;
        }
    }

    /**
     * @param firstLine the file line of {@code lines[0]}, for the error
     * @throws ContentException at the opening line of an admonition that is never closed, which
     *     Docusaurus would run to the end of the page
     */
    static List<Range> in(String[] lines, int firstLine) {
        List<Range> ranges = new ArrayList<>();
        Deque<Opening> open = new ArrayDeque<>();
        CodeFences fences = new CodeFences();
        for (int i = 0; i < lines.length; i++) {
            if (fences.isCode(lines[i]) || !lines[i].stripLeading().startsWith(":::")) {
                continue;
            }
            Matcher closing = CLOSING.matcher(lines[i]);
            Matcher opening = OPENING.matcher(lines[i]);
            if (closing.matches() && !open.isEmpty() && closing.group(1).length() >= open.peek().colons()) {
                Opening closed = open.pop();
                if (open.isEmpty()) {
                    ranges.add(new Range(closed.line(), i));
                }
            } else if (opening.matches()) {
                open.push(new Opening(i, opening.group(1).length()));
            }
        }
        if (!open.isEmpty()) {
            Opening unclosed = open.peek();
            throw new ContentException(unclosed.line() + firstLine, "This admonition is never closed: add a line '"
                    + ":".repeat(unclosed.colons()) + "' where it ends.");
        }
        return ranges;
    }

    private record Opening(int line, int colons) {
    }
}
