package dev.studyportal.importer.parse;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML block between {@code ---} lines at the top of a Docusaurus page. Parsed as real YAML
 * (tags may be objects, and a syntax error has a line), and each key Docusaurus knows is checked for
 * the type Docusaurus expects, so that a page it would reject is reported here at the same line.
 *
 * @param bodyLine the line, counted from 1, on which the Markdown after the front matter starts
 */
record FrontMatter(YamlFields fields, @Nullable String raw, String body, int bodyLine) {

    /** The YAML starts on the line after the opening {@code ---}. */
    private static final int FIRST_YAML_LINE = 2;

    private static final int MAX_TAG_LENGTH = 100;

    static FrontMatter split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return new FrontMatter(YamlFields.none(), null, text, 1);
        }
        // Scans line starts instead of splitting the whole file: pages are long, front matter short.
        int lineStart = text.indexOf('\n') + 1;
        for (int line = 2; lineStart > 0 && lineStart <= text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (current.strip().equals("---")) {
                String raw = lineStart - 1 <= 4 ? "" : text.substring(4, lineStart - 1);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new FrontMatter(YamlFields.parse(raw, "The front matter", FIRST_YAML_LINE), raw, body, line + 1);
            }
            lineStart = lineEnd < 0 ? -1 : lineEnd + 1;
        }
        throw new ContentException(1, "The front matter that starts here is never closed with a '---' line.");
    }

    /** The file name's replacement in the doc id; Docusaurus forbids a slash in it. */
    @Nullable
    String id() {
        String id = fields.text("id");
        if (id != null && id.contains("/")) {
            throw new ContentException(
                    fields.line("id"), "'id' must not contain '/'; the folder is part of the doc id already.");
        }
        return id == null || id.isEmpty() ? null : id;
    }

    @Nullable
    String title() {
        return fields.text("title");
    }

    @Nullable
    String slug() {
        return fields.text("slug");
    }

    @Nullable
    String sidebarLabel() {
        return fields.text("sidebar_label");
    }

    @Nullable
    Double sidebarPosition() {
        return fields.number("sidebar_position");
    }

    @Nullable
    String customEditUrl() {
        return fields.text("custom_edit_url");
    }

    boolean draft() {
        return fields.flag("draft");
    }

    boolean unlisted() {
        return fields.flag("unlisted");
    }

    /** Docusaurus takes a list of plain strings or of objects with a label (and a permalink). */
    List<String> tags() {
        Node value = fields.node("tags");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode list)) {
            throw new ContentException(fields.line(value), "'tags' must be a list, such as [basics, python].");
        }
        List<String> tags = new ArrayList<>();
        for (Node tag : list.getValue()) {
            String label = tag instanceof MappingNode object
                    ? labelOf(object)
                    : tag instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (label == null) {
                throw new ContentException(
                        fields.line(tag),
                        "A tag must be text or an object such as {label: Python, permalink: /python}.");
            }
            tags.add(label.strip());
        }
        return tags.stream()
                .filter(tag -> !tag.isEmpty())
                .map(tag -> tag.length() > MAX_TAG_LENGTH ? tag.substring(0, MAX_TAG_LENGTH) : tag)
                .distinct()
                .toList();
    }

    private static @Nullable String labelOf(MappingNode object) {
        for (NodeTuple entry : object.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key
                    && key.getValue().equals("label")
                    && entry.getValueNode() instanceof ScalarNode label) {
                return label.getValue();
            }
        }
        return null;
    }
}
