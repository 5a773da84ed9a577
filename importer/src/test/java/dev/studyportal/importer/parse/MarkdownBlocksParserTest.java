package dev.studyportal.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code fences, admonitions and heading ids: the blocks that decide what is a heading at all. */
class MarkdownBlocksParserTest {

    private final MarkdownBankParser parser = new MarkdownBankParser();

    @Test
    void nothing_inside_a_code_fence_is_a_heading() {
        List<ParsedQuestion> questions = questions("""
                ## Code
                ### What does this print?
                ```
                ### not a question?
                ```
                ~~~~python
                ## not a section
                ```
                ### still code?
                ~~~~
                   ```
                   ### indented fence?
                   ```
                ### Last?
                Yes.
                """);

        assertThat(questions).extracting(ParsedQuestion::title).containsExactly("What does this print?", "Last?");
        assertThat(questions.getFirst().answer())
                .contains("### not a question?", "## not a section", "### indented fence?");
    }

    @Test
    void explicit_heading_ids_never_show_in_titles_of_sections_or_questions() {
        ParsedPage page = page("""
                ## Basic ideas {#basics}
                ### What is a tensor? {#tensor}
                An array.
                """);

        assertThat(page.sections().getFirst().slug()).isEqualTo("basics");
        assertThat(page.sections().getFirst().title()).isEqualTo("Basic ideas");
        assertThat(page.sections().getFirst().questions().getFirst().title()).isEqualTo("What is a tensor?");
    }

    @Test
    void an_unclosed_code_fence_is_an_error_at_its_opening_line() {
        assertError(
                "---\ntitle: x\n---\n## A\n### Why?\n````java\ncode\n```\n### Next?\n",
                6,
                "code fence is never closed");
        assertError("## A\n- item\n\n  ```bash\n  run\n```\n### Next?\n", 4, "code fence is never closed");
    }

    @Test
    void admonitions_are_opaque_and_stay_as_written() {
        List<ParsedQuestion> questions = questions("""
                ## Tips
                ### What helps?
                :::note Remember
                ### This is not a question?
                :::

                ::::tip[Nested]
                :::danger
                ### Nor this?
                ```
                :::
                ```
                :::
                ::::
                ### Next?
                Yes.
                """);

        assertThat(questions).extracting(ParsedQuestion::title).containsExactly("What helps?", "Next?");
        assertThat(questions.getFirst().answer()).isEqualTo("""
                :::note Remember
                ### This is not a question?
                :::

                ::::tip[Nested]
                :::danger
                ### Nor this?
                ```
                :::
                ```
                :::
                ::::""");
    }

    @Test
    void an_unclosed_admonition_is_an_error_at_its_opening_line() {
        assertError("## A\n### Why?\n:::tip\nBecause.\n### Next?\n", 3, "admonition is never closed");
        assertError("---\nid: x\n---\n## A\n::::note\n:::tip\n:::\n", 5, "add a line '::::'");
    }

    @Test
    void a_question_title_without_any_word_needs_an_explicit_id() {
        assertError("## A\n### ???\nHuh.\n", 2, "explicit id");
        assertThat(page("## A\n### 🤔? {#thinking}\nHmm.\n").questionCount()).isEqualTo(1);
    }

    @Test
    void any_utf8_text_reads_through_crlf_and_a_byte_order_mark() {
        byte[] text =
                "\uFEFF## 基本\r\n### Что такое JVM?\r\n**Answer:** Машина 🚀\r\n### ما هو؟ {#arabic}\r\n**Answer:** نعم\r\n"
                        .getBytes(StandardCharsets.UTF_8);

        ParsedPage page = parser.parsePage("unicode.md", text).orElseThrow();

        assertThat(page.sections().getFirst().title()).isEqualTo("基本");
        assertThat(page.sections().getFirst().questions())
                .extracting(ParsedQuestion::title, ParsedQuestion::answer)
                .containsExactly(tuple("Что такое JVM?", "**Answer:** Машина 🚀"), tuple("ما هو؟", "**Answer:** نعم"));
        assertThat(page.sections().getFirst().questions().getFirst().key().value())
                .isEqualTo("unicode#что-такое-jvm");
    }

    private ParsedPage page(String markdown) {
        return parser.parsePage("doc.md", markdown.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
    }

    private List<ParsedQuestion> questions(String markdown) {
        return page(markdown).sections().stream()
                .flatMap(section -> section.questions().stream())
                .toList();
    }

    private void assertError(String markdown, int line, String message) {
        assertThatThrownBy(() -> page(markdown)).as(markdown).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
