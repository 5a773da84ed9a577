package dev.studyportal.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The YAML block between {@code ---} lines at the top of a Docusaurus page. Parsed as real YAML
 * (tags may be objects, and a syntax error has a line), with a safe constructor, since the bank is
 * untrusted input.
 *
 * @param bodyLine the line, counted from 1, on which the Markdown after the front matter starts
 */
record FrontMatter(Map<String, Object> values, @Nullable String raw, String body, int bodyLine) {

    static FrontMatter split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return new FrontMatter(Map.of(), null, text, 1);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                String raw = String.join("\n", List.of(lines).subList(1, i));
                String body = String.join("\n", List.of(lines).subList(i + 1, lines.length));
                return new FrontMatter(parse(raw), raw, body, i + 2);
            }
        }
        throw new ContentException(1, "The front matter that starts here is never closed with a '---' line.");
    }

    private static Map<String, Object> parse(String raw) {
        if (raw.isBlank()) {
            return Map.of();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(raw);
            if (loaded instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> values = (Map<String, Object>) map;
                return values;
            }
            throw new ContentException(2, "The front matter must be a list of 'key: value' lines.");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            throw new ContentException(line, "The front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ContentException(2, "The front matter is not valid YAML: " + e.getMessage());
        }
    }

    @Nullable String string(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString().strip();
    }

    @Nullable Integer integer(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return (int) Double.parseDouble(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new ContentException(2, "'" + key + "' must be a number, not '" + value + "'.");
        }
    }

    /** Docusaurus takes tags as plain strings or as objects with a label. */
    List<String> tags() {
        Object value = values.get("tags");
        List<String> tags = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object tag : list) {
                if (tag instanceof Map<?, ?> map && map.get("label") != null) {
                    tags.add(map.get("label").toString().strip());
                } else if (tag != null && !(tag instanceof Map<?, ?>)) {
                    tags.add(tag.toString().strip());
                }
            }
        } else if (value != null) {
            tags.add(value.toString().strip());
        }
        return tags.stream().filter(tag -> !tag.isEmpty()).map(tag -> tag.length() > 100 ? tag.substring(0, 100) : tag)
                .distinct().toList();
    }
}
