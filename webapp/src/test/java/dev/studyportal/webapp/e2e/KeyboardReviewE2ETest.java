package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A review session with the keyboard alone: Space to reveal, a digit to rate, three cards in a row. */
class KeyboardReviewE2ETest extends ChromiumJourney {

    @Autowired
    AccountService accounts;

    @Test
    void a_learner_reviews_three_cards_using_only_the_keyboard() {
        TestLearners.ensure(accounts, "keyboarder");
        logIn("keyboarder", TestLearners.PASSWORD);
        browser.get(url("/review"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".question-title"), "1. "));

        String[] ratings = {"3", "4", "1"};
        for (int card = 0; card < 3; card++) {
            String title =
                    browser.findElement(By.cssSelector(".question-title")).getText();
            new Actions(browser).sendKeys(Keys.SPACE).perform();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer .markdown")));
            new Actions(browser).sendKeys(ratings[card]).perform();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector(".question-title"), title)));
        }

        assertThat(browser.findElement(By.cssSelector(".review-progress")).getText())
                .endsWith("3 done today");
        assertThat(browser.findElement(By.cssSelector(".question-title")).getText())
                .startsWith("4. ");
    }
}
