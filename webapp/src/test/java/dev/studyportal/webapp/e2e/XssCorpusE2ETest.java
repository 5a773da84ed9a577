package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.webapp.TestLearners;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The bank is untrusted input. A corpus of attacks (script tags, event handlers, javascript: and
 * data: URLs, SVG and MathML, iframes, style and form tags, Markdown link and image tricks, a
 * front-matter title and edit URL) is imported through the importer at start-up and opened in real
 * Chromium: the test fails if any of it runs (each payload sets {@code window.__pwned}; an alert
 * would fail the next browser command) or if any handler attribute or script URL survives.
 */
@TestPropertySource(properties = "studyportal.import.source.path=src/test/resources/banks/xss")
class XssCorpusE2ETest extends ChromiumJourney {

    /** Every element of the page, also inside open shadow roots, with what could run code. */
    private static final String DANGERS = """
            const found = [];
            const visit = (root) => {
              for (const el of root.querySelectorAll('*')) {
                for (const attr of el.attributes) {
                  const name = attr.name.toLowerCase();
                  const value = (attr.value || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                  if (name.startsWith('on')) found.push(el.tagName + ' ' + name);
                  if (/^(javascript|vbscript|data):/.test(value) && /(href|src|action|formaction|data|xlink:href)$/.test(name))
                    found.push(el.tagName + ' ' + name + '=' + value.slice(0, 40));
                }
                const tag = el.tagName.toLowerCase();
                if (['iframe', 'object', 'embed', 'form', 'base', 'meta'].includes(tag) && el.closest('.answer, .reading, .markdown'))
                  found.push(tag);
                if (el.shadowRoot) visit(el.shadowRoot);
              }
            };
            visit(document);
            return found;
            """;

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionRepository questions;

    @Test
    void no_payload_of_the_corpus_runs_or_survives_in_any_view() {
        TestLearners.ensure(accounts, "xss-learner");
        logIn("xss-learner", TestLearners.PASSWORD);
        List<Long> ids = questions.findAll().stream()
                .map(question -> question.id())
                .sorted()
                .toList();
        assertThat(ids).as("the corpus was imported").hasSize(6);

        browser.get(url("/library"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content")));
        assertSafe("library");
        for (long id : ids) {
            browser.get(url("/question/" + id));
            click("vaadin-button", "Show answer");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer .markdown")));
            assertSafe("question " + id);
        }
        browser.get(url("/review"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".question-title")));
        ((JavascriptExecutor) browser).executeScript("document.activeElement && document.activeElement.blur()");
        new org.openqa.selenium.interactions.Actions(browser)
                .sendKeys(org.openqa.selenium.Keys.SPACE)
                .perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer .markdown")));
        assertSafe("review");
    }

    private void assertSafe(String where) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // Give lazily rendered content and any timers a moment, as a reader would.
        js.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 300)");
        assertThat(js.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"))
                .as("a payload ran in the %s", where)
                .isNull();
        @SuppressWarnings("unchecked")
        List<String> dangers = (List<String>) js.executeScript(DANGERS);
        assertThat(dangers).as("what could run code in the %s", where).isEmpty();
    }
}
