package dev.studyportal.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Docusaurus's rules for number prefixes, doc ids and category index pages. */
class DocPathParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            01-intro          | intro            | 1
            2_basics          | basics           | 2
            3.tensors         | tensors          | 3
            04 - setup        | setup            | 4
            007--bond         | bond             | 7
            1                 | 1                |
            12                | 12               |
            01 intro          | 01 intro         |
            a1-intro          | a1-intro         |
            2021-01-31-notes  | 2021-01-31-notes |
            31-01-2021 - Doc  | 31-01-2021 - Doc |
            7.0-upgrade       | 7.0-upgrade      |
            01-               | 01-              |
            """)
    void a_number_prefix_is_digits_then_a_dash_underscore_or_dot(String name, String stripped, Integer number) {
        assertThat(NumberPrefix.of(name)).isEqualTo(new NumberPrefix(stripped, number));
    }

    @Test
    void doc_ids_drop_number_prefixes_from_folders_and_files_but_keep_a_bare_number() {
        assertThat(MarkdownBankParser.docId("01-basics/02_deep/03.tensors.md", null))
                .isEqualTo("basics/deep/tensors");
        assertThat(MarkdownBankParser.docId("01-basics/2.md", null)).isEqualTo("basics/2");
        assertThat(MarkdownBankParser.docId("01-basics/02-tensors.md", "arrays"))
                .isEqualTo("basics/arrays");
        assertThat(MarkdownBankParser.docId("2021-01-31-news/01-x.md", null)).isEqualTo("2021-01-31-news/x");
    }

    @Test
    void names_read_as_words_without_their_prefix() {
        assertThat(NumberPrefix.readable("02-java-basics")).isEqualTo("Java basics");
        assertThat(NumberPrefix.readable("03_deep__learning")).isEqualTo("Deep learning");
        assertThat(NumberPrefix.readable("élan")).isEqualTo("Élan");
        assertThat(NumberPrefix.readable("5")).isEqualTo("5");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            index.md,                    true
            INDEX.mdx,                   true
            guides/README.md,            true
            guides/readme.mdx,           true
            guides/guides.md,            true
            02-guides/02-guides.md,      true
            02-guides/Guides.md,         false
            guides/intro.md,             false
            guides.md,                   false
            guides/deep/guides.md,       false
            """)
    void index_readme_and_a_file_named_like_its_folder_are_category_indexes(String path, boolean index) {
        assertThat(new DocPath(path).isCategoryIndex()).isEqualTo(index);
    }

    @Test
    void an_index_page_keeps_its_name_in_the_doc_id() {
        assertThat(new DocPath("02-guides/README.md").docId(null)).isEqualTo("guides/README");
        assertThat(new DocPath("02-guides/02-guides.md").docId(null)).isEqualTo("guides/guides");
    }
}
