package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.content.Questions;
import dev.studyportal.core.questionset.QuestionSetDraft;
import dev.studyportal.core.questionset.QuestionSetService;
import dev.studyportal.webapp.TestLearners;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12's journey, in one browser: the instructor makes a cohort and an invitation link; a learner joins by
 * the link and shares; the instructor assigns a set; the learner reviews it; the instructor's progress matrix
 * and its CSV show the learner done.
 */
class CohortJourneyE2ETest extends ChromiumJourney {

    static final String TEACHER = "journey-teacher";
    static final String LEARNER = "journey-learner";
    static final String SET = "Journey warm-up";

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionSetService sets;

    @Autowired
    Questions questions;

    @Autowired
    Clock clock;

    @Test
    void an_instructor_assigns_a_set_to_a_cohort_a_learner_joined_by_link_and_sees_it_done() {
        TestLearners.ensure(accounts, TEACHER);
        TestLearners.ensure(accounts, LEARNER);
        // The set is built elsewhere (QuestionSetE2ETest): here it holds the bank's first two questions, the
        // first two a new learner meets in review.
        List<Long> firstTwo = questions.findActiveIdsInBankOrder().subList(0, 2);
        TestLearners.asLearner(TEACHER, () -> {
            long set = sets.create(TEACHER, new QuestionSetDraft(SET, null));
            return sets.add(TEACHER, set, firstTwo);
        });

        // The instructor makes the cohort and an invitation.
        browser.manage().deleteAllCookies();
        logIn(TEACHER, TestLearners.PASSWORD);
        browser.get(url("/cohorts"));
        click("vaadin-button", "New cohort");
        type("#cohort-name input", "Journey cohort");
        click("vaadin-button", "Save");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Journey cohort"));
        String cohortPage = browser.getCurrentUrl();
        click("vaadin-button", "Make invitation");
        String link = wait.until(driver -> {
            Object value = script("const field = document.querySelector('#invite-link'); return field && field.value");
            return value instanceof String text && text.contains("/cohorts/join/") ? text : null;
        });

        // The learner opens the link, logs in on the way, joins and shares.
        browser.manage().deleteAllCookies();
        browser.get(link);
        type("vaadin-login-form vaadin-text-field[name='username'] input", LEARNER);
        type("vaadin-login-form vaadin-password-field[name='password'] input", TestLearners.PASSWORD);
        click("vaadin-button", "Log in");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Join Journey cohort"));
        click("vaadin-button", "Join");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Journey cohort"));
        click("vaadin-checkbox", "Share my progress with this cohort");

        // The instructor assigns the set, due in a week.
        browser.manage().deleteAllCookies();
        logIn(TEACHER, TestLearners.PASSWORD);
        browser.get(cohortPage);
        click("vaadin-button", "Assign a set");
        WebElement setField = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#assign-set input")));
        setField.sendKeys(SET);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-combo-box-item[contains(., '" + SET + "')]")))
                .click();
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusWeeks(1);
        // The picker takes its value as an ISO date, whatever the browser's locale writes in its field.
        WebElement picker =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-date-picker")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", picker, due.toString());
        click("vaadin-button", "Assign");
        WebElement progress = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class, 'cohort-assignments')]//a[normalize-space(.)='Progress']")));
        String analyticsPage = progress.getAttribute("href");

        // The learner sees the assignment on Today and reviews its two questions.
        browser.manage().deleteAllCookies();
        logIn(LEARNER, TestLearners.PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".today-assignments"), SET));
        browser.get(url("/review"));
        for (int card = 0; card < 2; card++) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".question-title")));
            String title =
                    browser.findElement(By.cssSelector(".question-title")).getText();
            new Actions(browser).sendKeys(Keys.SPACE).perform();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer .markdown")));
            new Actions(browser).sendKeys("3").perform();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector(".question-title"), title)));
        }

        // The instructor's matrix shows both questions known for the assignment, and so does its CSV.
        browser.manage().deleteAllCookies();
        logIn(TEACHER, TestLearners.PASSWORD);
        browser.get(analyticsPage);
        wait.until(driver -> driver.findElements(By.cssSelector(".progress-matrix .matrix-known"))
                        .size()
                == 2);
        WebElement csv = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[normalize-space(.)='Download the matrix as CSV']")));
        String text = (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(response => response.text()).then(done, error => done('' + error));",
                        csv.getAttribute("href"));
        assertThat(text.lines().filter(line -> line.contains(LEARNER)).findFirst())
                .get()
                .asString()
                .contains("Test " + LEARNER)
                .containsIgnoringCase("done");
    }

    /** The screen the journey ended on, for whoever reads a failure. */
    @AfterEach
    void keepTheLastScreen() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(
                browser.getScreenshotAs(OutputType.FILE).toPath(),
                dir.resolve("cohort-journey-last.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }
}
