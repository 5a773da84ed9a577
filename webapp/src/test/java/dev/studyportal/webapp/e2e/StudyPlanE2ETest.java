package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.TestLearners;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner makes a plan with an interview date, reviews that plan alone, and sees its readiness move. */
class StudyPlanE2ETest extends ChromiumJourney {

    @Autowired
    AccountService accounts;
    /** The portal's clock, which the tests stand still: the plan's dates are counted from its today. */
    @Autowired
    Clock clock;

    @Test
    void a_learner_plans_for_an_interview_reviews_the_plan_and_sees_readiness_move() {
        TestLearners.ensure(accounts, "planner-e2e");
        logIn("planner-e2e", TestLearners.PASSWORD);
        LocalDate interview =
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(25);

        browser.get(url("/plans"));
        click("vaadin-button", "New plan");
        type("vaadin-text-field.plan-name-field input", "Interview at Acme");
        WebElement pages = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-multi-select-combo-box.plan-pages input")));
        pages.click();
        pages.sendKeys("Common");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-multi-select-combo-box-item")));
        pages.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        // Tab, not Escape, closes the list: Escape would close the whole dialog.
        pages.sendKeys(Keys.TAB);
        WebElement date = browser.findElement(By.cssSelector("vaadin-date-picker.plan-interview input"));
        date.click();
        date.sendKeys(DateTimeFormatter.ofPattern("M/d/yyyy").format(interview), Keys.ENTER);
        type("vaadin-integer-field.plan-budget input", "5");
        click("vaadin-button", "Save");

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Interview at Acme")))
                .click();
        By headline = By.cssSelector(".readiness-headline");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(headline, ", 0% if you stop reviewing now"));
        assertThat(browser.findElement(By.cssSelector(".plan-pace")).getText()).startsWith("5 new a day until");

        click("vaadin-button", "Review this plan only");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".plan-note"), "Reviewing one plan only: Interview at Acme."));
        for (int card = 0; card < 3; card++) {
            String title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".question-title")))
                    .getText();
            new Actions(browser).sendKeys(Keys.SPACE).perform();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer .markdown")));
            new Actions(browser).sendKeys("4").perform();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector(".question-title"), title)));
        }

        browser.get(url("/plans"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Interview at Acme")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(headline, "ready if you follow the plan"));
        assertThat(browser.findElement(headline).getText())
                .doesNotContain(", 0% if you stop reviewing now")
                .contains("(3 of ");
    }
}
