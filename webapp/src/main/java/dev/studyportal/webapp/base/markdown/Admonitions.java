package dev.studyportal.webapp.base.markdown;

import dev.studyportal.importer.parse.AdmonitionSyntax;
import dev.studyportal.importer.parse.CodeFences;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Splits Markdown at its outermost Docusaurus admonitions, read with the importer's grammar
 * ({@link AdmonitionSyntax}) so that what the importer kept whole is what the portal draws: nested ones
 * stay in their parent's body for the renderer to split again. Lines inside code fences are never taken
 * for admonition markers; a keyword Docusaurus does not draw stays text, markers and all.
 */
final class Admonitions {

    /** A stretch of Markdown: plain, or the body of a callout with its kind and title. */
    record Part(String markdown, String kind, String title) {
        boolean isAdmonition() {
            return !kind.isEmpty();
        }
    }

    private Admonitions() {}

    static List<Part> split(String markdown) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        StringBuilder body = new StringBuilder();
        Deque<AdmonitionSyntax.Opening> open = new ArrayDeque<>();
        String openingLine = "";
        CodeFences fences = new CodeFences();
        for (String line : markdown.split("\n", -1)) {
            if (fences.isCode(line)) {
                (open.isEmpty() ? plain : body).append(line).append('\n');
                continue;
            }
            if (open.isEmpty()) {
                Optional<AdmonitionSyntax.Opening> callout =
                        AdmonitionSyntax.opening(line).filter(AdmonitionSyntax.Opening::isCallout);
                if (callout.isPresent()) {
                    parts.add(new Part(plain.toString(), "", ""));
                    plain.setLength(0);
                    open.push(callout.get());
                    openingLine = line;
                } else {
                    plain.append(line).append('\n');
                }
                continue;
            }
            if (open.peek().closedBy(line)) {
                AdmonitionSyntax.Opening closed = open.pop();
                if (open.isEmpty()) {
                    parts.add(new Part(body.toString(), closed.kind(), titleOf(closed)));
                    body.setLength(0);
                    continue;
                }
            } else {
                AdmonitionSyntax.opening(line).ifPresent(open::push);
            }
            body.append(line).append('\n');
        }
        if (!open.isEmpty()) {
            // Never closed: keep the text as it was written rather than lose it.
            plain.append(openingLine).append('\n').append(body);
        }
        parts.add(new Part(plain.toString(), "", ""));
        return parts.stream()
                .filter(part -> part.isAdmonition() || !part.markdown().isBlank())
                .toList();
    }

    private static String titleOf(AdmonitionSyntax.Opening opening) {
        return opening.title().isBlank()
                ? Character.toUpperCase(opening.kind().charAt(0))
                        + opening.kind().substring(1)
                : opening.title();
    }
}
