package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.review.ReviewReplay;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.webapp.TestLearners;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner with a week of history opens the dashboard: ECharts draws every chart in the real browser (an SVG
 * inside each chart element), and the numbers behind a chart are reachable from the keyboard alone.
 */
class DashboardE2ETest extends ChromiumJourney {

    private static final String LEARNER = "dashboard-e2e";

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewReplay replay;
    /** The portal's clock: the history ends at its now, so that the heatmap's year and the streak include it. */
    @Autowired
    Clock clock;

    @Test
    void a_learner_with_history_sees_the_charts_drawn_and_reaches_a_charts_table_by_keyboard() {
        TestLearners.ensure(accounts, LEARNER);
        Instant now = clock.instant();
        TestLearners.asAdministrator(() -> {
            if (!replay.hasHistory(LEARNER)) {
                replay.replay(LEARNER, new Random(7), session -> {
                    List<Long> questions = session.questionIds().subList(0, 6);
                    for (int day = 6; day >= 0; day--) {
                        Instant at = now.minus(day, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS);
                        for (long question : questions.subList(0, 1 + day % 3)) {
                            session.answer(
                                    question, day % 2 == 0 ? Rating.GOOD : Rating.HARD, at, Duration.ofSeconds(12));
                            at = at.plusSeconds(30);
                        }
                    }
                });
            }
            return null;
        });
        logIn(LEARNER, TestLearners.PASSWORD);

        browser.get(url("/dashboard"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
        for (String chart :
                List.of("mastery-chart", "heatmap-chart", "forecast-chart", "retention-chart", "time-chart")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("study-chart." + chart + " svg")));
        }
        WebElement heatmap = browser.findElement(By.cssSelector("study-chart.heatmap-chart"));
        assertThat(heatmap.getAttribute("aria-label")).startsWith("13 reviews on ");
        assertThat(heatmap.findElements(By.cssSelector("svg rect, svg path")))
                .as("shapes ECharts drew")
                .isNotEmpty();

        // Tab from the top of the page to the heatmap's "Show as a table", as a keyboard user would.
        WebElement heatmapPanel = heatmap.findElement(By.xpath("ancestor::section[contains(@class,'chart-panel')]"));
        WebElement disclosure = heatmapPanel.findElement(By.cssSelector("vaadin-details"));
        WebElement table = heatmapPanel.findElement(By.cssSelector("table.chart-table"));
        assertThat(table.isDisplayed()).isFalse();
        ((JavascriptExecutor) browser).executeScript("document.activeElement && document.activeElement.blur()");
        boolean reached = false;
        for (int presses = 0; presses < 80 && !reached; presses++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            reached = (Boolean) ((JavascriptExecutor) browser)
                    .executeScript(
                            "const a = document.activeElement; return !!a && arguments[0].contains(a)"
                                    + " && a.textContent.trim() === 'Show as a table';",
                            disclosure);
        }
        assertThat(reached)
                .as("the heatmap's table disclosure is reachable with Tab")
                .isTrue();
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        wait.until(ExpectedConditions.visibilityOf(table));
        assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(table.getText()).contains("Days studied");
    }
}
