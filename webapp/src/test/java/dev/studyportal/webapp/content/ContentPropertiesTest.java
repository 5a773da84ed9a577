package dev.studyportal.webapp.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentPropertiesTest {

    @Test
    void a_base_url_and_the_page_path_make_the_edit_link() {
        assertThat(new ContentProperties("https://github.com/acme/bank/edit/main/docs").editUrl("interview/q.md", null))
                .contains("https://github.com/acme/bank/edit/main/docs/interview/q.md");
    }

    @Test
    void a_pages_custom_edit_url_wins() {
        assertThat(new ContentProperties("https://a.example/").editUrl("q.md", "https://b.example/edit/q"))
                .contains("https://b.example/edit/q");
    }

    @Test
    void only_web_addresses_become_links() {
        assertThat(new ContentProperties(null).editUrl("q.md", "javascript:alert(1)"))
                .isEmpty();
        assertThat(new ContentProperties(null).editUrl("q.md", null)).isEmpty();
        assertThat(new ContentProperties(null).editUrl("q.md", "not a url")).isEmpty();
    }
}
