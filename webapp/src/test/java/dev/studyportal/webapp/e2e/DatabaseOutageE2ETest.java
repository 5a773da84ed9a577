package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.testsupport.PrivateMariaDbServer;
import dev.studyportal.core.testsupport.PrivateMariaDbTest;
import dev.studyportal.webapp.StudyPortalApplication;
import dev.studyportal.webapp.TestLearners;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The database dies while a learner reviews, and comes back. The learner is told, nothing is
 * half-written, the rating pressed during the outage is refused and stored exactly once when pressed
 * again, and the portal serves again within 10 seconds of the database's return. The portal runs on
 * a MariaDB server of the test's own, so killing it touches no other test.
 */
@SpringBootTest(
        classes = StudyPortalApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "studyportal.import.source.path=../docs")
@PrivateMariaDbTest
class DatabaseOutageE2ETest extends BrowserTest {

    /** The promise: serving again within 10 s of the database accepting connections. */
    private static final Duration RECOVERY_PROMISE = Duration.ofSeconds(10);

    private static final String OUTAGE_NOTICE = "The portal cannot reach its database just now";

    @Autowired
    AccountService accounts;

    @Autowired
    PrivateMariaDbServer database;

    @BeforeEach
    void databaseRuns() {
        database.start();
    }

    @Test
    void a_rating_during_an_outage_is_refused_then_stored_once_and_the_portal_recovers() throws Exception {
        TestLearners.ensure(accounts, "outage");
        logIn("outage", TestLearners.PASSWORD);
        browser.get(url("/review"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".question-title"), "1. "));
        String title = browser.findElement(By.cssSelector(".question-title")).getText();
        click("vaadin-button", "Show answer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rating-good")));

        database.kill();
        browser.findElement(By.cssSelector(".rating-good")).click();

        waitForText(OUTAGE_NOTICE);
        assertThat(browser.findElement(By.cssSelector(".question-title")).getText())
                .as("the card stays, so the learner can press again")
                .isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".rating-good")).isDisplayed())
                .isTrue();

        Duration recovery = restartAndTimeRecovery();
        System.out.printf("Portal healthy %d ms after the database accepted connections again%n", recovery.toMillis());
        assertThat(recovery).isLessThanOrEqualTo(RECOVERY_PROMISE);

        browser.findElement(By.cssSelector(".rating-good")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector(".question-title"), title)));
        assertThat(browser.findElement(By.cssSelector(".review-progress")).getText())
                .endsWith("1 done today");

        try (Connection connection = database.connect("studyportal")) {
            assertThat(count(connection, """
                    SELECT COUNT(*) FROM review_log l JOIN user_account u ON u.id = l.user_account_id
                    WHERE u.username = 'outage'""")).as("ratings stored").isEqualTo(1);
            assertThat(count(connection, """
                    SELECT COUNT(*) FROM card_state c
                    WHERE c.reps <> (SELECT COUNT(*) FROM review_log l WHERE l.user_account_id = c.user_account_id
                                     AND l.question_id = c.question_id AND l.undone_at IS NULL)"""))
                    .as("cards whose state disagrees with their ratings")
                    .isZero();
        }
    }

    @Test
    void a_page_opened_during_an_outage_says_so_and_opens_once_the_database_is_back() throws Exception {
        TestLearners.ensure(accounts, "outage2");
        logIn("outage2", TestLearners.PASSWORD);

        database.kill();
        browser.get(url("/library"));
        waitForText(OUTAGE_NOTICE);

        restartAndTimeRecovery();
        click("vaadin-button", "Try again");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Library"));
    }

    private Duration restartAndTimeRecovery() throws Exception {
        database.start();
        Instant back = Instant.now();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                .timeout(Duration.ofSeconds(30))
                .build();
        Instant giveUp = back.plus(RECOVERY_PROMISE.multipliedBy(3));
        while (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
            assertThat(Instant.now())
                    .as("the portal never became healthy again")
                    .isBefore(giveUp);
            Thread.sleep(100);
        }
        return Duration.between(back, Instant.now());
    }

    private void waitForText(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(normalize-space(.), '" + text
                + "') and not(*[contains(normalize-space(.), '" + text + "')])]")));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
