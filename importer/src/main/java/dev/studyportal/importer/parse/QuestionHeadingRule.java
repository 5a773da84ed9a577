package dev.studyportal.importer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.jspecify.annotations.Nullable;

/**
 * Tells question headings from reading headings (DESIGN.md, question identity rule 1): a heading
 * is a question when it is numbered, ends with a question mark, or its body opens with a bold
 * label such as {@code **Answer:**}. "Before the Interview:" followed by a list is reading content.
 */
final class QuestionHeadingRule {

    private static final Pattern NUMBER =
            Pattern.compile("^(?:Q\\s*)?(\\d+(?:\\.\\d+)*)[.):]\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);

    private QuestionHeadingRule() {}

    static boolean isQuestion(String title, @Nullable Node firstBodyBlock) {
        return NUMBER.matcher(title).matches() || title.endsWith("?") || opensWithBoldLabel(firstBodyBlock);
    }

    /** "12. What is X?" gives "12"; an unnumbered title gives null. */
    static @Nullable String displayNumber(String title) {
        Matcher matcher = NUMBER.matcher(title);
        return matcher.matches() ? matcher.group(1) : null;
    }

    static String withoutNumber(String title) {
        Matcher matcher = NUMBER.matcher(title);
        return matcher.matches() ? matcher.group(2).strip() : title;
    }

    private static boolean opensWithBoldLabel(@Nullable Node block) {
        if (!(block instanceof Paragraph paragraph) || !(paragraph.getFirstChild() instanceof StrongEmphasis strong)) {
            return false;
        }
        String label = MarkdownText.plain(strong).strip();
        Node after = strong.getNext();
        boolean colonAfter = after instanceof org.commonmark.node.Text text
                && text.getLiteral().startsWith(":");
        return label.endsWith(":") || colonAfter;
    }
}
