package dev.studyportal.webapp.base.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void the_same_markdown_is_rendered_once_and_an_edit_is_rendered_anew() {
        String first = renderer.toSafeHtml("A **card** shown again <script>alert(1)</script>");

        assertThat(renderer.toSafeHtml("A **card** shown again <script>alert(1)</script>"))
                .as("kept from the first time")
                .isSameAs(first);
        assertThat(first).doesNotContain("<script>");
        assertThat(renderer.toSafeHtml("A **card** edited"))
                .isEqualToIgnoringWhitespace("<p>A <strong>card</strong> edited</p>");
    }

    @Test
    void lists_bold_code_and_tables_render_as_html() {
        String html = renderer.toSafeHtml("""
                **Answer:**
                - **Batch GD**: all data

                ```python
                loss = x ** 2
                ```

                | a | b |
                |---|---|
                | 1 | 2 |
                """);

        assertThat(html)
                .contains(
                        "<strong>Answer:</strong>",
                        "<li><strong>Batch GD</strong>: all data</li>",
                        "<pre><code class=\"language-python\">loss = x ** 2",
                        "<table>",
                        "<td>2</td>");
    }

    @Test
    void raw_html_and_scripts_never_reach_the_page() {
        String html = renderer.toSafeHtml("""
                <script>alert(1)</script>
                <img src=x onerror="alert(2)">
                <iframe src="https://evil.example"></iframe>
                """);

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, img, iframe, [onerror]")).isEmpty();
        assertThat(page.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void javascript_and_data_links_are_dropped_but_the_text_stays() {
        String html = renderer.toSafeHtml("[click](javascript:alert(1)) and ![x](data:image/svg+xml;base64,PHN2Zz4=)");

        assertThat(html).doesNotContain("javascript:", "data:").contains("click");
    }

    @Test
    void ordinary_links_open_without_handing_over_the_portal() {
        assertThat(renderer.toSafeHtml("[docs](https://example.com)"))
                .contains("href=\"https://example.com\"", "rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void docusaurus_admonitions_become_callouts_with_their_titles() {
        String html = renderer.toSafeHtml("""
                Before.

                :::tip[Remember this]
                Use **ReLU**.
                :::

                :::warning
                Mind the gap.
                :::
                """);

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("aside.admonition-tip .admonition-title").text()).isEqualTo("Remember this");
        assertThat(page.select("aside.admonition-tip strong").text()).isEqualTo("ReLU");
        assertThat(page.select("aside.admonition-warning .admonition-title").text())
                .isEqualTo("Warning");
        assertThat(page.select("p").first().text()).isEqualTo("Before.");
    }

    @Test
    void admonition_markers_inside_code_fences_stay_code() {
        String html = renderer.toSafeHtml("""
                ```
                :::tip
                not a callout
                :::
                ```
                """);

        assertThat(Jsoup.parseBodyFragment(html).select("aside")).isEmpty();
        assertThat(html).contains(":::tip");
    }

    @Test
    void an_admonition_title_cannot_smuggle_markup() {
        String html = renderer.toSafeHtml(":::note[<img src=x onerror=alert(1)>]\nBody\n:::\n");

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("img, [onerror]")).isEmpty();
        assertThat(page.select(".admonition-title").text()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void nested_admonitions_are_callouts_inside_callouts_as_the_importer_reads_them() {
        Document page = Jsoup.parse(renderer.toSafeHtml("""
                ::::tip[Outer]
                Before.

                :::note
                Inner **point**.
                :::

                After.
                ::::
                """));

        assertThat(page.select("aside.admonition-tip > aside.admonition-note strong")
                        .text())
                .isEqualTo("point");
        assertThat(page.select("aside.admonition-tip > p").eachText()).contains("Before.", "After.");
        assertThat(page.text()).doesNotContain(":::");
    }

    @Test
    void an_unclosed_admonition_keeps_its_text() {
        assertThat(renderer.toSafeHtml(":::tip\nStill here\n")).contains("Still here");
    }
}
