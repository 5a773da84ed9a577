package dev.studyportal.importer.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where a page's Docusaurus admonitions ({@code :::tip}, {@code :::note[Title]},
 * {@code :::note Title}, nested with more colons outside) stand. CommonMark knows nothing of them: to
 * it {@code :::tip} is paragraph text and a {@code ###} line inside is a heading. The page parser
 * treats these ranges as opaque, like code, so an admonition stays whole in the answer or reading
 * that holds it. As in Docusaurus, a {@code :::} line closes the innermost open admonition when it
 * has at least as many colons as that admonition's opening line ({@link AdmonitionSyntax}).
 */
final class Admonitions {

    private Admonitions() {}

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
        Deque<Open> open = new ArrayDeque<>();
        CodeFences fences = new CodeFences();
        for (int i = 0; i < lines.length; i++) {
            if (fences.isCode(lines[i])) {
                continue;
            }
            if (!open.isEmpty() && open.peek().opening().closedBy(lines[i])) {
                Open closed = open.pop();
                if (open.isEmpty()) {
                    ranges.add(new Range(closed.line(), i));
                }
                continue;
            }
            int line = i;
            AdmonitionSyntax.opening(lines[i]).ifPresent(opening -> open.push(new Open(line, opening)));
        }
        if (!open.isEmpty()) {
            Open unclosed = open.peek();
            throw new ContentException(
                    unclosed.line() + firstLine,
                    "This admonition is never closed: add a line '"
                            + ":".repeat(unclosed.opening().colons()) + "' where it ends.");
        }
        return ranges;
    }

    private record Open(int line, AdmonitionSyntax.Opening opening) {}
}
