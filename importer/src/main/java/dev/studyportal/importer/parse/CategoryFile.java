package dev.studyportal.importer.parse;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * A folder's {@code _category_.json}, {@code _category_.yml} or {@code _category_.yaml}: the label
 * and position its sidebar category gets. Other keys ({@code link}, {@code collapsed},
 * {@code className}, ...) are about the website, not about studying, and are skipped unread. JSON is
 * read token by token with Jackson so that each value's line is known; YAML goes through
 * {@link YamlFields} like front matter.
 *
 * @param label null when the file does not set one
 * @param position null when the file does not set one
 */
record CategoryFile(@Nullable String label, @Nullable Double position) {

    /** In the order Docusaurus looks for them; it reads the first one it finds. */
    static final List<String> NAMES = List.of("_category_.json", "_category_.yml", "_category_.yaml");

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** @throws ContentException naming the line of the problem */
    static CategoryFile read(String fileName, String text) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? readJson(text) : readYaml(text);
    }

    private static CategoryFile readYaml(String text) {
        YamlFields fields = YamlFields.parse(text, "This category file", 1);
        return new CategoryFile(fields.string("label"), fields.number("position"));
    }

    private static CategoryFile readJson(String text) {
        String label = null;
        Double position = null;
        try (JsonParser json = JSON.createParser(text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new ContentException(
                        line(json), "This category file must be one JSON object, such as {\"label\": \"Basics\"}.");
            }
            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = json.currentName();
                JsonToken value = json.nextToken();
                switch (key) {
                    case "label" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new ContentException(line(json), "'label' must be text in quotes.");
                        }
                        label = json.getString().strip();
                    }
                    case "position" -> {
                        if (!value.isNumeric()) {
                            throw new ContentException(line(json), "'position' must be a number such as 2 or 2.5.");
                        }
                        position = json.getDoubleValue();
                    }
                    default -> json.skipChildren();
                }
            }
            if (json.nextToken() != null) {
                throw new ContentException(line(json), "This category file has more after its closing '}'.");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new ContentException(line, "This category file is not valid JSON: " + e.getOriginalMessage());
        }
        return new CategoryFile(label, position);
    }

    private static int line(JsonParser json) {
        return Math.max(1, json.currentTokenLocation().getLineNr());
    }
}
