package dev.studyportal.webapp.base.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Docusaurus admonitions ({@code :::tip}, {@code :::note[Title]}, {@code :::warning Title}
 * ... {@code :::}) in Markdown, so they can be shown as callouts. Lines inside code fences are never
 * taken for admonition markers.
 */
final class Admonitions {

    static final Set<String> KINDS = Set.of("note", "tip", "info", "warning", "danger", "caution");
    private static final Pattern OPEN = Pattern.compile("^\\s{0,3}:::\\s*([A-Za-z]+)\\s*(?:\\[(.*)]|(.*))$");
    private static final Pattern CLOSE = Pattern.compile("^\\s{0,3}:::\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})");

    /** A stretch of Markdown: plain, or the body of an admonition with its kind and title. */
    record Part(String markdown, String kind, String title) {
        boolean isAdmonition() {
            return !kind.isEmpty();
        }
    }

    private Admonitions() {
    }

    static List<Part> split(String markdown) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        StringBuilder body = null;
        String kind = "";
        String title = "";
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence == null && fenceMatch.find()) {
                fence = fenceMatch.group(1).substring(0, 3);
            } else if (fence != null && line.strip().startsWith(fence)) {
                fence = null;
            } else if (fence == null && body == null) {
                Matcher open = OPEN.matcher(line);
                if (open.matches() && KINDS.contains(open.group(1).toLowerCase(Locale.ROOT))) {
                    parts.add(new Part(plain.toString(), "", ""));
                    plain.setLength(0);
                    kind = open.group(1).toLowerCase(Locale.ROOT);
                    String given = open.group(2) != null ? open.group(2) : open.group(3);
                    title = given == null || given.isBlank() ? defaultTitle(kind) : given.strip();
                    body = new StringBuilder();
                    continue;
                }
            } else if (fence == null && CLOSE.matcher(line).matches()) {
                parts.add(new Part(body.toString(), kind, title));
                body = null;
                continue;
            }
            (body != null ? body : plain).append(line).append('\n');
        }
        if (body != null) {
            // Never closed: keep the text as it was written rather than lose it.
            plain.append(":::").append(kind).append('\n').append(body);
        }
        parts.add(new Part(plain.toString(), "", ""));
        return parts.stream().filter(part -> part.isAdmonition() || !part.markdown().isBlank()).toList();
    }

    private static String defaultTitle(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
