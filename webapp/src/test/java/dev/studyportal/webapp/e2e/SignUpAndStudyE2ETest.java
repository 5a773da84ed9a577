package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A new learner's first journey: sign up, log in, open a question from the library, reveal its answer. */
class SignUpAndStudyE2ETest extends ChromiumJourney {

    @Test
    void a_new_learner_signs_up_logs_in_and_reveals_an_answer() {
        signUp(base(), "newlearner", "New Learner", "a long study password");
        logIn("newlearner", "a long study password");

        browser.get(url("/library"));
        WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., 'custom loss function in PyTorch')]")));
        // A grid row is clicked through the page, as a tap does: the cell's own box can sit under the grid's scroller.
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", cell);

        wait.until(ExpectedConditions.urlContains("/question/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "custom loss function"));
        assertThat(browser.findElements(By.cssSelector(".answer pre code"))).isEmpty();
        click("vaadin-button", "Show answer");

        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer pre code")));
        assertThat(code.getText()).contains("class CustomLoss(nn.Module):", "# Usage");
        assertThat(browser.findElement(By.cssSelector(".answer strong")).getText())
                .isEqualTo("Answer:");
    }
}
