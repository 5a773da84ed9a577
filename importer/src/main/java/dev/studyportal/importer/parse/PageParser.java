package dev.studyportal.importer.parse;

import dev.studyportal.core.content.QuestionKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Turns one page's Markdown into sections and questions. Answers and reading bodies keep the
 * author's Markdown exactly as written (sliced from the source by line), so rendering later sees
 * what the author wrote. Only top-level blocks are examined, so a {@code ###} inside a code fence
 * or a list is never a heading; neither is one inside a Docusaurus admonition, which CommonMark
 * would take for a heading (see {@link Admonitions}).
 */
final class PageParser {

    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \t]*\n)+");
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#([A-Za-z0-9_.:-]+)}\\s*$");
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private final String docId;
    private final int lineOffset;
    private final String body;
    private final String[] lines;
    /** Where each line starts in {@code body}, so that a slice is one substring. */
    private final int[] lineStarts;

    private final List<Admonitions.Range> admonitions;
    private final List<ParsedSection> sections = new ArrayList<>();
    private final Map<String, Integer> slugUses = new HashMap<>();
    private @Nullable String pageTitle;

    private @Nullable SectionBuilder section;
    private @Nullable QuestionStart question;

    private PageParser(String docId, String body, int bodyLine) {
        this.docId = docId;
        this.lineOffset = bodyLine - 1;
        this.body = body;
        this.lines = body.split("\n", -1);
        this.lineStarts = lineStarts(lines);
        this.admonitions = Admonitions.in(lines, bodyLine);
    }

    /**
     * @param bodyLine the file line on which {@code body} starts, so reported lines are the file's
     */
    static Result parse(String docId, String body, int bodyLine) {
        PageParser parser = new PageParser(docId, body, bodyLine);
        Node document = MARKDOWN.parse(body);
        parser.checkFencesAreClosed(document);
        parser.walk(document);
        return new Result(parser.pageTitle, parser.sections);
    }

    record Result(@Nullable String firstHeading, List<ParsedSection> sections) {}

    private void walk(Node document) {
        int readingFrom = 0;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Heading heading) || heading.getLevel() > 3 || inAdmonition(heading)) {
                continue;
            }
            int headingStart = firstLine(heading);
            int bodyStart = lastLine(heading) + 1;
            String text = MarkdownText.plain(heading);
            Matcher explicit = EXPLICIT_ID.matcher(text);
            String explicitId = explicit.find() ? explicit.group(1) : null;
            String title = explicitId == null
                    ? text
                    : text.substring(0, explicit.start()).strip();

            closeQuestion(headingStart);
            if (heading.getLevel() == 1) {
                addReading(readingFrom, headingStart);
                if (pageTitle == null) {
                    pageTitle = title;
                }
                readingFrom = bodyStart;
            } else if (heading.getLevel() == 2) {
                addReading(readingFrom, headingStart);
                closeSection();
                section = new SectionBuilder(
                        uniqueSlug(explicitId != null ? explicitId : title),
                        title,
                        sections.size(),
                        fileLine(headingStart));
                readingFrom = bodyStart;
            } else if (QuestionHeadingRule.isQuestion(title, heading.getNext())) {
                addReading(readingFrom, headingStart);
                String shownTitle = QuestionHeadingRule.withoutNumber(title);
                if (shownTitle.isBlank()) {
                    throw new ContentException(
                            fileLine(headingStart), "This question heading has a number but no words.");
                }
                QuestionKey key = key(explicitId, shownTitle, fileLine(headingStart));
                question = new QuestionStart(
                        key, QuestionHeadingRule.displayNumber(title), shownTitle, bodyStart, fileLine(headingStart));
                readingFrom = -1;
            } else if (readingFrom < 0) {
                // A reading heading after a question: it and what follows are reading content.
                readingFrom = headingStart;
            }
        }
        closeQuestion(lines.length);
        addReading(readingFrom, lines.length);
        closeSection();
    }

    /**
     * CommonMark runs an unclosed fence to the end of the document, which would silently turn every
     * later question into code; Docusaurus shows the same page broken. Either way the author meant
     * to close it.
     */
    private void checkFencesAreClosed(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock fence) {
                if (fence.getClosingFenceLength() == null) {
                    throw new ContentException(
                            fileLine(firstLine(fence)),
                            "This code fence is never closed: add a line '"
                                    + fence.getFenceCharacter().repeat(fence.getOpeningFenceLength())
                                    + "' where the code ends.");
                }
            }
        });
    }

    private boolean inAdmonition(Heading heading) {
        int line = firstLine(heading);
        return admonitions.stream().anyMatch(range -> range.contains(line));
    }

    /** A title of only signs ("???", an emoji) has no words to derive a key from; the author must give one. */
    private QuestionKey key(@Nullable String explicitId, String title, int line) {
        try {
            return explicitId != null ? QuestionKey.explicit(explicitId) : QuestionKey.derived(docId, title);
        } catch (IllegalArgumentException e) {
            throw new ContentException(
                    line,
                    "This question has no key: " + e.getMessage() + ". Give it an explicit id such as {#my-question}.");
        }
    }

    private void closeQuestion(int endExclusive) {
        if (question == null) {
            return;
        }
        currentSection(question.line())
                .questions
                .add(new ParsedQuestion(
                        question.key(),
                        question.displayNumber(),
                        question.title(),
                        slice(question.bodyStart(), endExclusive),
                        question.line()));
        question = null;
    }

    private void addReading(int from, int endExclusive) {
        if (from < 0) {
            return;
        }
        String text = slice(from, endExclusive);
        if (!text.isBlank()) {
            currentSection(fileLine(from)).reading.append(text).append("\n\n");
        }
    }

    /** Content before the first {@code ##} still belongs somewhere: an introduction section. */
    private SectionBuilder currentSection(int line) {
        if (section == null) {
            section = new SectionBuilder(uniqueSlug("introduction"), "Introduction", sections.size(), line);
        }
        return section;
    }

    private void closeSection() {
        if (section != null) {
            String reading = section.reading.toString().strip();
            sections.add(new ParsedSection(
                    section.slug,
                    section.title,
                    section.position,
                    reading.isEmpty() ? null : reading,
                    section.questions,
                    section.line));
            section = null;
        }
    }

    private String uniqueSlug(String title) {
        String base = QuestionKey.slug(title);
        if (base.isEmpty()) {
            base = "section";
        }
        if (base.length() > 180) {
            base = base.substring(0, 180);
        }
        int uses = slugUses.merge(base, 1, Integer::sum);
        return uses == 1 ? base : base + "-" + uses;
    }

    private String slice(int fromLine, int toLineExclusive) {
        if (fromLine >= toLineExclusive) {
            return "";
        }
        // Blank lines go, indentation stays: an answer may open with an indented code block.
        int to = Math.min(toLineExclusive, lines.length);
        int end = to == lines.length ? body.length() : lineStarts[to] - 1;
        String slice = body.substring(lineStarts[fromLine], Math.max(lineStarts[fromLine], end));
        return LEADING_BLANK_LINES.matcher(slice).replaceFirst("").stripTrailing();
    }

    private static int[] lineStarts(String[] lines) {
        int[] starts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
        }
        return starts;
    }

    private int fileLine(int bodyLineIndex) {
        return bodyLineIndex + 1 + lineOffset;
    }

    private static int firstLine(Node node) {
        return node.getSourceSpans().getFirst().getLineIndex();
    }

    private static int lastLine(Node node) {
        return node.getSourceSpans().getLast().getLineIndex();
    }

    private record QuestionStart(
            QuestionKey key, @Nullable String displayNumber, String title, int bodyStart, int line) {}

    private static final class SectionBuilder {
        private final String slug;
        private final String title;
        private final int position;
        private final int line;
        private final List<ParsedQuestion> questions = new ArrayList<>();
        private final StringBuilder reading = new StringBuilder();

        private SectionBuilder(String slug, String title, int position, int line) {
            this.slug = slug;
            this.title = title;
            this.position = position;
            this.line = line;
        }
    }
}
