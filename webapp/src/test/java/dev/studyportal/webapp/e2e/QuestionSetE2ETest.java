package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.content.Questions;
import dev.studyportal.core.questionset.QuestionSetItem;
import dev.studyportal.core.questionset.QuestionSetService;
import dev.studyportal.webapp.TestLearners;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Someone builds a question set from a library search, reorders it, and finds it in their list. */
class QuestionSetE2ETest extends ChromiumJourney {

    @Autowired
    AccountService accounts;

    @Autowired
    Questions questions;

    @Autowired
    QuestionSetService sets;

    @Test
    void a_set_is_built_from_a_search_reordered_and_listed() {
        TestLearners.ensure(accounts, "setter-e2e");
        logIn("setter-e2e", TestLearners.PASSWORD);

        browser.get(url("/sets"));
        type("vaadin-text-field.set-name-field input", "ML fundamentals");
        click("vaadin-button", "Create set");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "ML fundamentals"));

        // Until the search has run, the button offers the whole bank (whose size other journeys may have changed).
        int bank = questions.findActiveIdsInBankOrder().size();
        type(".library-filters vaadin-text-field input", "gradient");
        WebElement addAll = wait.until(driver ->
                driver.findElements(By.xpath("//vaadin-button[starts-with(normalize-space(.), 'Add all')]")).stream()
                        .filter(button -> !button.getText().contains("Add all " + bank))
                        .findFirst()
                        .orElse(null));
        String label = addAll.getText().strip();
        int found = Integer.parseInt(label.replaceAll("\\D", ""));
        assertThat(found).isBetween(2, bank - 1);
        addAll.click();
        wait.until(driver -> String.valueOf(((JavascriptExecutor) driver)
                        .executeScript("return document.querySelector('.set-summary').textContent"))
                .equals(found + " questions, of at most 500."));

        long setId = TestLearners.asLearner(
                "setter-e2e", () -> sets.sets("setter-e2e").getFirst().id());
        String first = TestLearners.asLearner("setter-e2e", () -> sets.questions("setter-e2e", setId))
                .getFirst()
                .title();
        // The grid reuses its row elements, so the button is found by its label and the order read from the set.
        WebElement down = wait.until(
                driver -> driver.findElements(By.cssSelector("vaadin-button[aria-label^='Move down: ']")).stream()
                        .filter(button -> ("Move down: " + first).equals(button.getAttribute("aria-label")))
                        .findFirst()
                        .orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", down);
        wait.until(driver -> TestLearners.asLearner("setter-e2e", () -> {
            List<QuestionSetItem> items = sets.questions("setter-e2e", setId);
            return items.get(1).title().equals(first);
        }));

        browser.get(url("/sets"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("ML fundamentals")));
        assertThat(browser.findElement(By.tagName("vaadin-grid")).getText()).contains(found + " questions");
    }
}
