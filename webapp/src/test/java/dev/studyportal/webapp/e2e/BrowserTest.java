package dev.studyportal.webapp.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal on a random port, driven by Debian's Chromium through its chromedriver. Nothing is
 * downloaded; the flags keep Chromium off the network it cannot reach. Subclasses say which
 * portal: {@link ChromiumJourney} is the usual one.
 */
@Tag("e2e")
abstract class BrowserTest {

    static ChromeDriver browser;
    static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // Keeps the page's console, where Chromium reports what the Content-Security-Policy blocked.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Where the portal under test answers; a test that starts portals of its own passes their addresses. */
    String base() {
        return "http://localhost:" + port;
    }

    String url(String path) {
        return base() + path;
    }

    void type(String cssSelector, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
        input.clear();
        input.sendKeys(text);
    }

    void click(String tag, String text) {
        WebElement button = wait.until(
                ExpectedConditions.elementToBeClickable(By.xpath("//" + tag + "[normalize-space(.)='" + text + "']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", button);
        button.click();
    }

    void logIn(String username, String password) {
        logIn(base(), username, password);
    }

    /** Logs in on the portal at {@code base} and waits for its welcome. */
    void logIn(String base, String username, String password) {
        browser.get(base + "/login");
        type("vaadin-login-form vaadin-text-field[name='username'] input", username);
        type("vaadin-login-form vaadin-password-field[name='password'] input", password);
        click("vaadin-button", "Log in");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, " + username));
    }

    /** Fills in the sign-up form of the portal at {@code base}; the portal then sends the new learner to log in. */
    void signUp(String base, String username, String displayName, String password) {
        browser.get(base + "/signup");
        type("#signup-username input", username);
        type("#signup-display-name input", displayName);
        type("#signup-password input", password);
        type("#signup-repeat-password input", password);
        click("vaadin-button", "Create account");
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
