package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.webapp.TestLearners;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin checks an uploaded page with a dry run in a real browser, sees its diff, and applies it; a
 * page over the server's limit is refused with a message.
 */
class AdminContentE2ETest extends ChromiumJourney {

    @Autowired
    AccountService accounts;

    @Autowired
    ContentService content;

    @TempDir
    Path folder;

    @Test
    void an_admin_uploads_a_page_reviews_the_dry_run_and_applies_it() throws Exception {
        anAdminExists();
        long questionsBefore = content.totals().questions();
        Path page = Files.writeString(folder.resolve("graphs.md"), """
                ## Graphs
                ### 1. What is a topological sort?
                **Answer:** An order of a directed acyclic graph's nodes in which every edge points forward.
                """);

        logIn("e2e-admin", TestLearners.PASSWORD);
        browser.get(url("/admin/content"));
        click("vaadin-button", "Dry run");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".sync-report h3"), "Dry run: a sync would make 0 changes"));

        click("vaadin-details-summary", "Upload a page (.md) or a bank (.zip)");
        type("vaadin-text-field.upload-folder input", "graphs");
        WebElement upload = browser.findElement(By.cssSelector("vaadin-upload"));
        // The file input lives in the upload's shadow root; Chromium takes files for it even hidden.
        WebElement fileInput = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(page.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".sync-report h3"), "Dry run: a sync would make 1 change"));
        assertThat(browser.findElement(By.cssSelector(".sync-report")).getText())
                .contains("What is a topological sort?")
                .contains("graphs/graphs.md");
        assertThat(content.totals().questions()).isEqualTo(questionsBefore);

        click("vaadin-button", "Apply this upload");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".sync-report h3"), "Synced: 1 change"));
        assertThat(content.totals().questions()).isEqualTo(questionsBefore + 1);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"), "1 added"));
    }

    @Test
    void a_page_the_browser_lets_through_but_over_the_servers_limit_is_refused_with_a_message() throws Exception {
        anAdminExists();
        long questionsBefore = content.totals().questions();
        // Under the browser's 50 MB check for any upload, over the server's 10 MB for one page.
        Path page = Files.writeString(
                folder.resolve("huge.md"),
                "## Huge\n" + "### What is a line of text?\n**Answer:** This one, again and again.\n".repeat(170_000));
        assertThat(Files.size(page)).isGreaterThan(10L * 1024 * 1024).isLessThan(50L * 1024 * 1024);

        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
        logIn("e2e-admin", TestLearners.PASSWORD);
        browser.get(url("/admin/content"));
        click("vaadin-details-summary", "Upload a page (.md) or a bank (.zip)");
        WebElement upload = browser.findElement(By.cssSelector("vaadin-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(page.toString());

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("vaadin-notification-card"), "That page is larger than the 10 MB limit"));
        assertThat(content.totals().questions()).isEqualTo(questionsBefore);
    }

    private void anAdminExists() {
        TestLearners.asAdministrator(() -> accounts.exists("e2e-admin")
                ? null
                : accounts.create(
                        new SignUp("e2e-admin", "E2E admin", null, TestLearners.PASSWORD),
                        EnumSet.of(Role.LEARNER, Role.ADMIN)));
    }
}
