package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.webapp.StudyPortalApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new learner's first journey in real Chromium: sign up, log in, open a question from the
 * library, reveal its answer. Debian's chromium and chromedriver; nothing is downloaded.
 */
@Tag("e2e")
@SpringBootTest(classes = StudyPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "studyportal.import.source=../docs")
@MariaDbTest
class SignUpAndStudyE2ETest {

    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
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

    @Test
    void a_new_learner_signs_up_logs_in_and_reveals_an_answer() {
        browser.get(url("/signup"));
        type("#signup-username input", "newlearner");
        type("#signup-display-name input", "New Learner");
        type("#signup-password input", "a long study password");
        type("#signup-repeat-password input", "a long study password");
        click("vaadin-button", "Create account");

        wait.until(ExpectedConditions.urlContains("/login"));
        type("vaadin-login-form vaadin-text-field[name='username'] input", "newlearner");
        type("vaadin-login-form vaadin-password-field[name='password'] input", "a long study password");
        click("vaadin-button", "Log in");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, newlearner"));
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
        assertThat(browser.findElement(By.cssSelector(".answer strong")).getText()).isEqualTo("Answer:");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void type(String cssSelector, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
        input.clear();
        input.sendKeys(text);
    }

    private void click(String tag, String text) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//" + tag + "[normalize-space(.)='" + text + "']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", button);
        button.click();
    }
}
