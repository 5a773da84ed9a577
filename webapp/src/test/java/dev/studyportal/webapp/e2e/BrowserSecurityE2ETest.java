package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.TestLearners;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal under its Content-Security-Policy in a real browser: Vaadin's pages, the library grid
 * and a revealed, highlighted answer load without a single violation in the console; and the
 * cookies a login leaves are the ones docs/security.md promises.
 */
class BrowserSecurityE2ETest extends ChromiumJourney {

    @Autowired
    AccountService accounts;

    @Test
    void the_pages_of_a_study_session_load_without_content_security_policy_violations() throws Exception {
        TestLearners.ensure(accounts, "csp-watcher");
        logInKeepingMeLoggedIn("csp-watcher");

        browser.get(url("/library"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content")));
        browser.get(url("/review"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".question-title"), "1. "));
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer .markdown")));

        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("console.error('console check: this line must reach the log')");
        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
        assertThat(console).anyMatch(line -> line.contains("console check"));
        assertThat(console)
                .noneMatch(
                        line -> line.contains("Content Security Policy") || line.contains("Content-Security-Policy"));

        assertThat(contentSecurityPolicyOf("/signup"))
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "frame-ancestors 'none'");
    }

    /**
     * The policy was in force: the real server sends it with Vaadin's bootstrap page, which MockMvc
     * never renders (and the browser does not show response headers).
     */
    private String contentSecurityPolicyOf(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            return response.headers().firstValue("Content-Security-Policy").orElse("");
        }
    }

    @Test
    void login_cookies_are_http_only_same_site_lax_and_remember_me_lasts_fourteen_days() {
        TestLearners.ensure(accounts, "cookie-watcher");
        logInKeepingMeLoggedIn("cookie-watcher");

        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        Cookie rememberMe = browser.manage().getCookieNamed("remember-me");

        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(rememberMe.isHttpOnly()).isTrue();
        assertThat(rememberMe.getSameSite()).isEqualTo("Lax");
        assertThat(Duration.between(Instant.now(), rememberMe.getExpiry().toInstant()))
                .isBetween(
                        Duration.ofDays(14).minusHours(1), Duration.ofDays(14).plusHours(1));
    }

    private void logInKeepingMeLoggedIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        type("vaadin-login-form vaadin-text-field[name='username'] input", username);
        type("vaadin-login-form vaadin-password-field[name='password'] input", TestLearners.PASSWORD);
        WebElement keepMe = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form vaadin-checkbox[name='remember-me']")));
        keepMe.click();
        assertThat(keepMe.getDomProperty("checked")).isEqualTo("true");
        click("vaadin-button", "Log in");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + username));
    }
}
