package dev.studyportal.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What an {@code .mdx} page holds for React is left out; the Markdown and every line number stay. */
class MdxParserTest {

    private final MarkdownBankParser parser = new MarkdownBankParser();

    @Test
    void imports_exports_jsx_tags_and_comments_become_empty_lines() {
        String mdx = """
                import Tabs from '@theme/Tabs';
                import {
                  Highlight,
                  Note,
                } from '@site/src/components';
                export const meta = {
                  level: [1, 2],
                };
                export default function Layout({children}) {
                  return <div>{children}</div>;
                }
                {/* A comment
                   over two lines */}
                <Tabs>
                  <TabItem value="a" label="A" default>
                Words in a tab.
                  </TabItem>
                  <Note kind={"x > y"} />
                  <>
                  </>
                </Tabs>
                """;

        assertThat(MdxSyntax.withoutJsx(mdx, 1)).isEqualTo("\n".repeat(15) + "Words in a tab." + "\n".repeat(6));
    }

    @Test
    void code_fences_lowercase_html_and_inline_jsx_stay() {
        String mdx = """
                ```jsx
                import X from 'x';
                <Tabs>
                ```
                   ~~~~
                   <Foo />
                   ~~~~
                <details>
                <summary>More</summary>
                </details>
                Press <Kbd>Ctrl</Kbd> to copy.
                <Kbd>Ctrl</Kbd> copies.
                Imports are fine in prose:
                import this, if you like.
                """;

        assertThat(MdxSyntax.withoutJsx(mdx, 1)).isEqualTo(mdx.replace("import this, if you like.\n", "\n"));
    }

    @Test
    void questions_inside_an_mdx_page_keep_the_file_lines() {
        byte[] mdx = """
                ---
                title: Tabs
                ---
                import Tabs from '@theme/Tabs';

                ## Basics
                <Tabs>
                ### 1. Why tabs?
                **Answer:** One answer per language.
                </Tabs>
                """.getBytes(StandardCharsets.UTF_8);

        ParsedQuestion question = parser.parsePage("tabs.mdx", mdx)
                .orElseThrow()
                .sections()
                .getFirst()
                .questions()
                .getFirst();

        assertThat(question.line()).isEqualTo(8);
        assertThat(question.answer()).isEqualTo("**Answer:** One answer per language.");
    }

    @Test
    void a_plain_markdown_page_keeps_its_tags() {
        byte[] md = "## Basics\n### Why?\n<Tabs>\nBecause.\n</Tabs>\n".getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parsePage("tabs.md", md)
                        .orElseThrow()
                        .sections()
                        .getFirst()
                        .questions()
                        .getFirst()
                        .answer())
                .isEqualTo("<Tabs>\nBecause.\n</Tabs>");
    }

    @Test
    void an_export_that_never_closes_is_an_error_at_its_line() {
        byte[] mdx = "---\nid: x\n---\n## A\nexport const x = {\n  a: 1,\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parsePage("x.mdx", mdx))
                .isInstanceOfSatisfying(
                        ContentException.class, e -> assertThat(e.line()).isEqualTo(5));
    }
}
