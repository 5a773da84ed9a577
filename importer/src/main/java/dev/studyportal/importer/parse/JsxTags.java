package dev.studyportal.importer.parse;

import org.jspecify.annotations.Nullable;

/**
 * Recognises lines that hold nothing but JSX tags: {@code <Tabs>}, {@code </TabItem>},
 * {@code <TabItem value="py" label="Python">}, {@code <Foo bar={a > b} />}, fragments ({@code <>}),
 * and a tag whose attributes run over several lines. A tag name must start with a capital letter,
 * as React components do; lowercase names are HTML, which stays in the text. A line that mixes tags
 * with words is inline JSX in a paragraph and stays too, so no words are lost.
 */
final class JsxTags {

    private JsxTags() {}

    /** The index after the last line of the tag-only lines from {@code start}, or {@code start} if that line is not one. */
    static int linesEnd(String[] lines, int start) {
        int line = start;
        int column = 0;
        boolean sawTag = false;
        while (true) {
            String text = lines[line];
            while (column < text.length() && Character.isWhitespace(text.charAt(column))) {
                column++;
            }
            if (column == text.length()) {
                return sawTag ? line + 1 : start;
            }
            if (text.charAt(column) != '<') {
                return start;
            }
            Position end = tagEnd(lines, line, column + 1);
            if (end == null) {
                return start;
            }
            line = end.line();
            column = end.column();
            sawTag = true;
        }
    }

    /**
     * Where the tag whose {@code <} precedes {@code column} ends, just after its {@code >}; null
     * when it is not a JSX tag or never ends.
     */
    private static @Nullable Position tagEnd(String[] lines, int line, int column) {
        String text = lines[line];
        int at = column;
        if (at < text.length() && text.charAt(at) == '/') {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '>') {
            return new Position(line, at + 1); // a fragment, <> or </>
        }
        if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
            return null;
        }
        int braces = 0;
        char quote = 0;
        for (int l = line; l < lines.length; l++) {
            String current = lines[l];
            for (int c = l == line ? at : 0; c < current.length(); c++) {
                char ch = current.charAt(c);
                if (quote != 0) {
                    if (ch == quote) {
                        quote = 0;
                    }
                } else if (ch == '"' || ch == '\'' || (braces > 0 && ch == '`')) {
                    quote = ch;
                } else if (ch == '{') {
                    braces++;
                } else if (ch == '}') {
                    braces--;
                } else if (ch == '>' && braces == 0) {
                    return new Position(l, c + 1);
                } else if (ch == '<' && braces == 0) {
                    return null; // "<Foo < bar" is text, not a tag
                }
            }
        }
        return null;
    }

    private record Position(int line, int column) {}
}
