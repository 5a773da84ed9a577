package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.CohortSummary;
import dev.studyportal.core.cohort.InviteDraft;
import dev.studyportal.webapp.TestCohorts;
import dev.studyportal.webapp.TestLearners;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner who is not logged in opens an invitation link: the portal asks them to log in, brings them back to
 * the link (Vaadin's saved request), says who will see what, and they join and turn sharing on.
 */
class CohortInviteE2ETest extends ChromiumJourney {

    @Autowired
    AccountService accounts;

    @Autowired
    CohortService cohorts;

    @Test
    void an_invitation_link_survives_the_login_and_the_learner_joins_and_shares() {
        long id = TestCohorts.ensure(cohorts, accounts, "cohort-e2e-owner", "Evening cohort", Map.of());
        String code = TestLearners.asLearner(
                "cohort-e2e-owner",
                () -> cohorts.createInvite("cohort-e2e-owner", id, InviteDraft.defaults())
                        .code());
        TestLearners.ensure(accounts, "cohort-e2e-learner");
        browser.manage().deleteAllCookies();

        browser.get(url("/cohorts/join/" + code));
        type("vaadin-login-form vaadin-text-field[name='username'] input", "cohort-e2e-learner");
        type("vaadin-login-form vaadin-password-field[name='password'] input", TestLearners.PASSWORD);
        click("vaadin-button", "Log in");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Join Evening cohort"));
        assertThat(browser.findElement(By.cssSelector(".progress-visibility")).getText())
                .isEqualTo(CohortService.PROGRESS_VISIBILITY);
        click("vaadin-button", "Join");

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Evening cohort"));
        click("vaadin-checkbox", "Share my progress with this cohort");
        wait.until(driver ->
                TestLearners.asLearner("cohort-e2e-learner", () -> cohorts.cohorts("cohort-e2e-learner")).stream()
                        .anyMatch(CohortSummary::sharing));
        assertThat(browser.getCurrentUrl()).endsWith("/cohorts/" + id);
    }
}
