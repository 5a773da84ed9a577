package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Appearance;
import dev.studyportal.webapp.TestLearners;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The top bar on a phone: the account's actions sit in one menu under the person's name, every one of
 * them reachable, and nothing of the bar runs past the right edge of the screen.
 */
class UserMenuE2ETest extends ChromiumJourney {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    @Autowired
    AccountService accounts;

    @AfterEach
    void backToTheDesktop() {
        browser.manage().window().setSize(DESKTOP);
    }

    @Test
    void on_a_phone_every_account_action_opens_from_the_user_menu_and_the_bar_fits_the_screen() {
        TestLearners.ensure(accounts, "phone-user");
        shows("phone-user", Appearance.LIGHT);
        browser.manage().window().setSize(PHONE);
        logIn("phone-user", TestLearners.PASSWORD);

        assertThat(overhangBeyondTheRightEdge()).isZero();
        screenshot("phone-light");

        List.of(
                        "Settings:Study settings",
                        "My data:My data",
                        "Password:Change your password",
                        "Two-step:Two-step sign-in")
                .forEach(action -> {
                    String[] itemAndTitle = action.split(":");
                    openTheUserMenu();
                    click("vaadin-menu-bar-item", itemAndTitle[0]);
                    wait.until(driver -> itemAndTitle[1].equals(openDialogTitle()));
                    if (itemAndTitle[0].equals("Password")) {
                        screenshot("phone-password-dialog");
                    }
                    new Actions(browser).sendKeys(Keys.ESCAPE).perform();
                    wait.until(driver -> openDialogTitle() == null);
                });
    }

    @Test
    void the_user_menu_works_from_the_keyboard_and_logs_out() {
        TestLearners.ensure(accounts, "keyboard-leaver");
        shows("keyboard-leaver", Appearance.DARK);
        browser.manage().window().setSize(PHONE);
        logIn("keyboard-leaver", TestLearners.PASSWORD);
        assertThat(overhangBeyondTheRightEdge()).isZero();
        screenshot("phone-dark");

        WebElement top = userMenuButton();
        assertThat(top.getAccessibleName()).contains("keyboard-leaver");
        assertThat(top.getAttribute("aria-haspopup")).isEqualTo("true");
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", top);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Log out']")));
        screenshot("phone-dark-menu-open");
        // The menu opens on its first item; End moves to the last, Log out.
        new Actions(browser).sendKeys(Keys.END).perform();
        wait.until(ExpectedConditions.attributeContains(
                By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Log out']"), "focused", ""));
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
    }

    @Test
    void on_a_desktop_the_bar_shows_the_name_beside_the_avatar() {
        TestLearners.ensure(accounts, "desk-user");
        shows("desk-user", Appearance.DARK);
        logIn("desk-user", TestLearners.PASSWORD);

        assertThat(userMenuButton().getText()).contains("desk-user");
        assertThat(overhangBeyondTheRightEdge()).isZero();
        screenshot("desktop-dark");
        openTheUserMenu();
        screenshot("desktop-dark-menu-open");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        shows("desk-user", Appearance.LIGHT);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, desk-user"));
        screenshot("desktop-light");
    }

    private void shows(String username, Appearance appearance) {
        TestLearners.signedInAs(username, () -> accounts.changeAppearance(username, appearance));
    }

    private WebElement userMenuButton() {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".user-menu vaadin-menu-bar-button")));
    }

    private void openTheUserMenu() {
        userMenuButton().click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Log out']")));
    }

    private String openDialogTitle() {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("const open = [...document.querySelectorAll('vaadin-dialog')].filter(d => d.opened);"
                        + "return open.length ? open[0].headerTitle : null;");
    }

    /** How far the furthest piece of the top bar reaches past the viewport's right edge, in CSS pixels. */
    private long overhangBeyondTheRightEdge() {
        Number overhang = (Number) ((JavascriptExecutor) browser)
                .executeScript("const edge = document.documentElement.clientWidth;"
                        + "const right = [...document.querySelectorAll('.navbar, .navbar *')]"
                        + "  .map(e => e.getBoundingClientRect()).filter(r => r.width > 0)"
                        + "  .reduce((furthest, r) => Math.max(furthest, r.right), 0);"
                        + "return Math.max(0, Math.ceil(right - edge), document.documentElement.scrollWidth - edge);");
        return overhang.longValue();
    }

    /** Kept in target for a person to look at; the assertions above are what the build trusts. */
    private static void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(
                    browser.getScreenshotAs(OutputType.FILE).toPath(),
                    dir.resolve("user-menu-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not keep the screenshot " + name, e);
        }
    }
}
