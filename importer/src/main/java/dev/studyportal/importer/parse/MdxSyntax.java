package dev.studyportal.importer.parse;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Blanks out the lines of an {@code .mdx} page that are code for React rather than text for the
 * reader: top-level {@code import} and {@code export} statements (to the line where their brackets
 * balance), lines that hold only JSX tags ({@code <Tabs>}, {@code <TabItem value="a">},
 * {@code </TabItem>}, {@code <Foo bar={1} />}, also spread over several lines) and lines that
 * are MDX comments, which open with <code>{/*</code>. The Markdown between them stays, so the text inside
 * {@code <TabItem>} becomes part of the answer. Removed lines become empty lines, so every line
 * number stays the file's. Code fences are never touched, and neither are lowercase HTML tags: a
 * {@code <details>} block is text the webapp shows.
 */
final class MdxSyntax {

    private static final Pattern ESM = Pattern.compile("^(?:import|export)(?:\\s|\\{|\\*).*");

    private MdxSyntax() {}

    /** @param firstLine the file line of the body's first line, for errors */
    static String withoutJsx(String body, int firstLine) {
        String[] lines = body.split("\n", -1);
        CodeFences fences = new CodeFences();
        int i = 0;
        while (i < lines.length) {
            if (fences.isCode(lines[i])) {
                i++;
                continue;
            }
            int end = syntaxEnd(lines, i, firstLine);
            Arrays.fill(lines, i, end, "");
            i = Math.max(end, i + 1);
        }
        return String.join("\n", lines);
    }

    /** The index after the last line of the MDX syntax that starts at {@code start}, or {@code start} if none does. */
    private static int syntaxEnd(String[] lines, int start, int firstLine) {
        String line = lines[start];
        String stripped = line.strip();
        if (ESM.matcher(line).matches()) {
            return statementEnd(lines, start, firstLine);
        }
        if (stripped.startsWith("{/*")) {
            return commentEnd(lines, start, firstLine);
        }
        if (stripped.startsWith("<")) {
            return JsxTags.linesEnd(lines, start);
        }
        return start;
    }

    private static int statementEnd(String[] lines, int start, int firstLine) {
        int depth = 0;
        for (int i = start; i < lines.length; i++) {
            depth += BracketDepth.change(lines[i]);
            if (depth <= 0) {
                return i + 1;
            }
        }
        throw new ContentException(
                start + firstLine,
                "This " + lines[start].strip().split("\\s")[0] + " statement never closes its brackets.");
    }

    private static int commentEnd(String[] lines, int start, int firstLine) {
        for (int i = start; i < lines.length; i++) {
            String stripped = lines[i].strip();
            int close = stripped.indexOf("*/}");
            if (close >= 0) {
                // Text after the comment on its last line is content: keep the whole line then.
                return close + 3 == stripped.length() ? i + 1 : start;
            }
        }
        throw new ContentException(start + firstLine, "This MDX comment is never closed with '*/}'.");
    }

    /** How much a line of JavaScript opens brackets, outside strings and line comments. */
    private static final class BracketDepth {

        static int change(String line) {
            int depth = 0;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'' || c == '`') {
                    quote = c;
                } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    break;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                }
            }
            return depth;
        }
    }
}
