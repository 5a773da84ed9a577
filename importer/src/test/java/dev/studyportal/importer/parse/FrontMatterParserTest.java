package dev.studyportal.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The front matter keys Docusaurus knows, with the types Docusaurus expects. */
class FrontMatterParserTest {

    private final MarkdownBankParser parser = new MarkdownBankParser();

    @Test
    void sidebar_keys_slug_and_unlisted_describe_the_page() {
        ParsedPage page = page("""
                ---
                sidebar_position: 2.5
                sidebar_label: Short
                slug: /java/short
                unlisted: true
                ---
                ## A
                """).orElseThrow();

        assertThat(page.sidebarOrder()).isEqualTo(2.5);
        assertThat(page.sidebarPosition()).isEqualTo(2);
        assertThat(page.sidebarLabel()).isEqualTo("Short");
        assertThat(page.slug()).isEqualTo("/java/short");
        assertThat(page.unlisted()).isTrue();
    }

    @Test
    void a_whole_sidebar_position_wins_over_the_number_prefix() {
        byte[] text = "---\nsidebar_position: 7\n---\n## A\n".getBytes(StandardCharsets.UTF_8);

        ParsedPage page = parser.parsePage("03-basics.md", text).orElseThrow();

        assertThat(page.sidebarOrder()).isEqualTo(7.0);
        assertThat(page.sidebarPosition()).isEqualTo(7);
    }

    @Test
    void a_page_without_front_matter_is_listed_and_has_no_sidebar_keys() {
        ParsedPage page = page("## A\n").orElseThrow();

        assertThat(page.unlisted()).isFalse();
        assertThat(page.sidebarOrder()).isNull();
        assertThat(page.sidebarLabel()).isNull();
        assertThat(page.slug()).isNull();
        assertThat(page.frontMatter()).isNull();
    }

    @Test
    void a_draft_is_not_a_page_of_the_bank_even_when_its_markdown_is_unfinished() {
        assertThat(page("---\ndraft: true\n---\n## A\n```java\nunclosed\n")).isEmpty();
        assertThat(page("---\ndraft: false\n---\n## A\n")).isPresent();
    }

    @Test
    void a_wrong_type_is_an_error_at_the_line_of_the_value() {
        assertError("---\ntitle: Fine\ndraft: maybe\n---\n", 3, "'draft' must be true or false");
        assertError("---\nunlisted: yes\n---\n", 2, "'unlisted' must be true or false");
        assertError("---\ntags: 5\n---\n", 2, "'tags' must be a list");
        assertError("---\ntags:\n  - fine\n  - {permalink: /no-label}\n---\n", 4, "A tag must be text or an object");
        assertError("---\nsidebar_position: first\n---\n", 2, "'sidebar_position' must be a number");
        assertError("---\nsidebar_label: [a, b]\n---\n", 2, "'sidebar_label' must be text");
        assertError("---\nid: basics/tensors\n---\n", 2, "'id' must not contain '/'");
    }

    @Test
    void a_key_set_twice_is_an_error_at_its_second_line() {
        assertError("---\ntitle: One\nslug: /one\ntitle: Two\n---\n", 4, "sets 'title' twice");
    }

    @Test
    void scalars_keep_the_text_the_author_wrote() {
        ParsedPage page =
                page("---\ntitle: 2024-01-31\nsidebar_label: 1.10\n---\n## A\n").orElseThrow();

        assertThat(page.title()).isEqualTo("2024-01-31");
        assertThat(page.sidebarLabel()).isEqualTo("1.10");
    }

    private Optional<ParsedPage> page(String markdown) {
        return parser.parsePage("doc.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    private void assertError(String markdown, int line, String message) {
        assertThatThrownBy(() -> page(markdown)).as(markdown).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
