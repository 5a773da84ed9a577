package dev.studyportal.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code _category_.json}, {@code .yml} and {@code .yaml}: the label and position of a folder. */
class CategoryParserTest {

    private static final String PAGE = "## A\n### Why?\nBecause.\n";

    private final MarkdownBankParser parser = new MarkdownBankParser();

    @Test
    void json_yml_and_yaml_files_give_label_and_position_and_other_keys_are_ignored(@TempDir Path bank)
            throws IOException {
        write(bank, "a/_category_.json", """
                {"label": "Alpha", "position": 2, "collapsed": false, "link": {"type": "doc", "id": "a/x"}}""");
        write(bank, "b/_category_.yml", "label: Beta\nposition: 1.5\nlink:\n  type: generated-index\n");
        write(bank, "c/_category_.yaml", "label: 'Gamma'\nclassName: red\n");
        write(bank, "a/x.md", PAGE.replace("Why", "Why a"));
        write(bank, "b/x.md", PAGE.replace("Why", "Why b"));
        write(bank, "c/x.md", PAGE.replace("Why", "Why c"));

        ParsedBank parsed = parser.parse(bank);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.pages())
                .extracting(ParsedPage::category)
                .containsExactly(
                        new ParsedCategory("a", "Alpha", 2.0),
                        new ParsedCategory("b", "Beta", 1.5),
                        new ParsedCategory("c", "Gamma", null));
    }

    @Test
    void without_a_label_a_folder_is_named_by_its_name_and_ordered_by_its_prefix(@TempDir Path bank)
            throws IOException {
        write(bank, "02-java-basics/03_deep-dive/x.md", PAGE);
        write(bank, "02-java-basics/03_deep-dive/_category_.json", "{\"position\": 9}");
        write(bank, "root.md", PAGE.replace("Why", "Why root"));

        ParsedBank parsed = parser.parse(bank);

        assertThat(parsed.pages())
                .extracting(ParsedPage::category)
                .containsExactly(
                        new ParsedCategory("02-java-basics/03_deep-dive", "Deep dive", 9.0),
                        new ParsedCategory(
                                "",
                                NumberPrefix.readable(
                                        bank.toRealPath().getFileName().toString()),
                                null));
        assertThat(parser.parsePage("02-java-basics/x.md", PAGE.getBytes())
                        .orElseThrow()
                        .category())
                .isEqualTo(new ParsedCategory("02-java-basics", "Java basics", 2.0));
    }

    @Test
    void a_broken_category_file_is_an_error_naming_the_file_and_line(@TempDir Path bank) throws IOException {
        write(bank, "a/_category_.json", "{\n  \"label\": \"A\",\n  \"position\": 1,,\n}");
        write(bank, "b/_category_.json", "{\n  \"label\": 3\n}");
        write(bank, "c/_category_.yml", "label: C\nposition: first\n");
        write(bank, "d/_category_.yaml", "label: D\n  position: [1\n");
        write(bank, "e/_category_.yml", "label: 2024\n");
        write(bank, "f/_category_.json", "{\"label\": \"F\", \"label\": \"G\"}");
        write(bank, "g/_category_.json", "");
        write(bank, "a/x.md", PAGE);

        ParsedBank parsed = parser.parse(bank);

        assertThat(parsed.errors())
                .extracting(ContentError::file, ContentError::line)
                .containsExactlyInAnyOrder(
                        tuple("a/_category_.json", 3),
                        tuple("b/_category_.json", 2),
                        tuple("c/_category_.yml", 2),
                        tuple("d/_category_.yaml", 2),
                        tuple("e/_category_.yml", 1),
                        tuple("f/_category_.json", 1),
                        tuple("g/_category_.json", 1));
        assertThat(parsed.errors())
                .filteredOn(error -> error.file().startsWith("b/"))
                .singleElement()
                .extracting(ContentError::message)
                .asString()
                .contains("'label' must be text");
        assertThat(parsed.errors())
                .filteredOn(error -> error.file().startsWith("a/"))
                .singleElement()
                .extracting(ContentError::message)
                .asString()
                .contains("not valid JSON");
    }

    @Test
    void the_json_file_wins_over_a_yaml_one_as_in_docusaurus(@TempDir Path bank) throws IOException {
        write(bank, "a/_category_.json", "{\"label\": \"From JSON\"}");
        write(bank, "a/_category_.yml", "label: From YAML\n");
        write(bank, "a/x.md", PAGE);

        ParsedBank parsed = parser.parse(bank);

        assertThat(parsed.pages().getFirst().category().label()).isEqualTo("From JSON");
        assertThat(parsed.warnings()).singleElement().asString().startsWith("a/_category_.yml: ignored");
    }

    @Test
    void category_files_in_ignored_or_partial_folders_are_not_read(@TempDir Path bank) throws IOException {
        write(bank, "_drafts/_category_.json", "{broken");
        write(bank, "guides/_category_.json", "{broken");
        write(bank, ".studyportal-ignore", "guides/\n");
        write(bank, "x.md", PAGE);

        assertThat(parser.parse(bank).errors()).isEmpty();
    }

    private static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
