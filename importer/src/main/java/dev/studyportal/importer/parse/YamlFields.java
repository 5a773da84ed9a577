package dev.studyportal.importer.parse;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The top-level {@code key: value} pairs of a YAML block (front matter or a {@code _category_.yml}),
 * read as SnakeYAML's node tree rather than as Java objects: every value keeps the line it stands on,
 * so a wrong type is reported where the author wrote it, and a scalar keeps the text as written
 * ({@code title: 2024-01-31} stays that text instead of becoming a date). Nothing is constructed from
 * the nodes, so the untrusted bank cannot instantiate anything.
 */
final class YamlFields {

    private final Map<String, Node> values;
    private final int firstLine;

    private YamlFields(Map<String, Node> values, int firstLine) {
        this.values = values;
        this.firstLine = firstLine;
    }

    /**
     * One loader per thread, reused: building one costs more than composing a page's front matter,
     * and a loader may serve one document at a time only. Safe constructor: the bank is untrusted.
     */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        return new Yaml(new SafeConstructor(options));
    });

    static YamlFields none() {
        return new YamlFields(Map.of(), 1);
    }

    /**
     * @param what names the block in messages, as in "The front matter"
     * @param firstLine the file line on which {@code yaml} starts, so reported lines are the file's
     */
    static YamlFields parse(String yaml, String what, int firstLine) {
        Node root;
        try {
            root = YAML.get().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line =
                    e.getProblemMark() == null ? firstLine : e.getProblemMark().getLine() + firstLine;
            throw new ContentException(line, what + " is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ContentException(firstLine, what + " is not valid YAML: " + e.getMessage());
        }
        if (root == null || isNull(root)) {
            return new YamlFields(Map.of(), firstLine);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new ContentException(
                    root.getStartMark().getLine() + firstLine, what + " must be a list of 'key: value' lines.");
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = tuple.getKeyNode().getStartMark().getLine() + firstLine;
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ContentException(line, what + " has a key that is not a plain word.");
            }
            if (values.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                throw new ContentException(line, what + " sets '" + key.getValue() + "' twice.");
            }
        }
        return new YamlFields(values, firstLine);
    }

    /** The value's node, or null when the key is absent or set to nothing ({@code title:}). */
    @Nullable
    Node node(String key) {
        Node node = values.get(key);
        return node == null || isNull(node) ? null : node;
    }

    /** The line of the key's value, or of the block's start when the key is absent. */
    int line(String key) {
        Node node = values.get(key);
        return node == null ? firstLine : line(node);
    }

    int line(Node node) {
        return node.getStartMark().getLine() + firstLine;
    }

    /** Any scalar, as written: a title may well be a number or a date. */
    @Nullable
    String text(String key) {
        Node node = node(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new ContentException(line(node), "'" + key + "' must be text, not a list or a set of keys.");
        }
        return scalar.getValue().strip();
    }

    /** Only a YAML string: for values such as a category label that Docusaurus rejects otherwise. */
    @Nullable
    String string(String key) {
        Node node = node(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.STR)) {
            throw new ContentException(
                    line(node), "'" + key + "' must be text; put it in quotes if it looks like a number.");
        }
        return scalar.getValue().strip();
    }

    @Nullable
    Double number(String key) {
        Node node = node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            try {
                double number = Double.parseDouble(scalar.getValue().strip().replace("_", ""));
                if (Double.isFinite(number)) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, with the line
            }
        }
        throw new ContentException(line(node), "'" + key + "' must be a number such as 2 or 2.5.");
    }

    /**
     * Only {@code true} or {@code false}: YAML 1.1 would also read {@code yes}, {@code on} or {@code y}
     * as booleans, which Docusaurus (YAML 1.2) does not, so a page would be a draft here and not there.
     */
    boolean flag(String key) {
        Node node = node(key);
        if (node == null) {
            return false;
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(value);
            }
        }
        throw new ContentException(line(node), "'" + key + "' must be true or false.");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }
}
