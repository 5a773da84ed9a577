package dev.studyportal.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownBankParserTest {

    private final MarkdownBankParser parser = new MarkdownBankParser();

    @Test
    void an_explicit_heading_id_is_the_key_and_never_shows_in_the_title() {
        ParsedPage page = page("""
                ## Basics
                ### 3. What is a tensor? {#tensor}
                **Answer:** An array.
                """);

        ParsedQuestion question = page.sections().getFirst().questions().getFirst();
        assertThat(question.key().value()).isEqualTo("tensor");
        assertThat(question.title()).isEqualTo("What is a tensor?");
    }

    @Test
    void windows_line_endings_and_a_byte_order_mark_read_like_plain_text() {
        byte[] plain = "## Basics\n### Why?\nBecause.\n".getBytes(StandardCharsets.UTF_8);
        byte[] windows = "\uFEFF## Basics\r\n### Why?\r\nBecause.\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parsePage("doc.md", windows)).isEqualTo(parser.parsePage("doc.md", plain));
    }

    @Test
    void a_heading_without_question_signs_is_reading_content_of_its_section() {
        ParsedPage page = page("""
                ## Tips
                Intro words.
                ### Before the Interview:
                - Sleep
                ### 1. Why sleep?
                **Answer:** Memory.
                ### After the interview
                - Rest
                """);

        ParsedSection tips = page.sections().getFirst();
        assertThat(tips.questions()).extracting(ParsedQuestion::title).containsExactly("Why sleep?");
        assertThat(tips.questions().getFirst().answer()).isEqualTo("**Answer:** Memory.");
        assertThat(tips.readingBody())
                .isEqualTo("Intro words.\n### Before the Interview:\n- Sleep\n\n### After the interview\n- Rest");
    }

    @Test
    void questions_before_any_section_land_in_an_introduction_section() {
        ParsedPage page = page("""
                # Title
                ### What is first?
                This.
                """);

        assertThat(page.sections()).extracting(ParsedSection::title).containsExactly("Introduction");
        assertThat(page.title()).isEqualTo("Title");
    }

    @Test
    void broken_front_matter_is_an_error_at_its_line() {
        assertThatThrownBy(() -> page("""
                ---
                title: Fine
                tags: [unclosed
                ---
                ## Basics
                """)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.line()).isBetween(3, 5);
            assertThat(e.getMessage()).contains("not valid YAML");
        });
    }

    @Test
    void unclosed_front_matter_is_an_error_at_line_one() {
        assertThatThrownBy(() -> page("---\ntitle: x\n## Basics\n"))
                .isInstanceOfSatisfying(
                        ContentException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void invalid_utf8_is_an_error_at_the_line_of_the_bad_byte() {
        byte[] text = "## Basics\n### Why?\nBad \u00e9 here\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> parser.parsePage("doc.md", text)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("UTF-8");
        });
    }

    @Test
    void front_matter_lines_count_towards_reported_lines() {
        ParsedPage page = page("""
                ---
                id: basics
                tags: [ml, {label: Deep learning, permalink: /dl}]
                custom_edit_url: https://example.com/edit/basics.md
                ---
                ## Basics
                ### Why?
                Because.
                """);

        assertThat(page.docId()).isEqualTo("basics");
        assertThat(page.tags()).containsExactly("ml", "Deep learning");
        assertThat(page.customEditUrl()).isEqualTo("https://example.com/edit/basics.md");
        assertThat(page.sections().getFirst().questions().getFirst().line()).isEqualTo(7);
    }

    @Test
    void doc_ids_drop_number_prefixes_and_extensions() {
        assertThat(MarkdownBankParser.docId("01-basics/02-tensors.mdx", null)).isEqualTo("basics/tensors");
        assertThat(MarkdownBankParser.docId("basics/tensors.md", "arrays")).isEqualTo("basics/arrays");
    }

    @Test
    void every_error_in_a_bank_is_reported_with_its_file(@TempDir Path bank) throws IOException {
        write(bank, "a.md", "## A\n### 1. Same question?\nYes.\n### 2. Same question?\nAgain.\n");
        write(bank, "b.md", "---\ntitle: [broken\n---\n");
        write(bank, "_partial.md", "---\nbroken: [\n");
        write(bank, "guides/readme.md", "---\nbroken: [\n");
        write(bank, ".studyportal-ignore", "guides/\n");

        ParsedBank parsed = parser.parse(bank);

        assertThat(parsed.errors()).extracting(ContentError::file).containsExactlyInAnyOrder("a.md", "b.md");
        assertThat(parsed.errors())
                .filteredOn(error -> error.file().equals("a.md"))
                .extracting(ContentError::line)
                .containsExactly(4);
        assertThat(parsed.errors()).allSatisfy(error -> assertThat(error.line()).isPositive());
    }

    @Test
    void a_bank_folder_may_be_a_symbolic_link(@TempDir Path somewhere) throws IOException {
        Path real = Files.createDirectories(somewhere.resolve("real"));
        write(real, "a.md", "## A\n### Why?\nBecause.\n");
        Path link = Files.createSymbolicLink(somewhere.resolve("link"), real);

        assertThat(parser.parse(link).questionCount()).isEqualTo(1);
    }

    @Test
    void an_empty_folder_warns_that_it_found_nothing(@TempDir Path empty) {
        assertThat(parser.parse(empty).warnings()).singleElement().asString().contains("No Markdown files");
    }

    @Test
    void a_missing_folder_is_an_error_not_an_empty_bank(@TempDir Path somewhere) {
        assertThat(parser.parse(somewhere.resolve("nope")).errors()).hasSize(1);
    }

    private ParsedPage page(String markdown) {
        return parser.parsePage("doc.md", markdown.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
    }

    private static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
