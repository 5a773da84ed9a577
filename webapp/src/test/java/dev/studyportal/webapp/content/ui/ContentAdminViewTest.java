package dev.studyportal.webapp.content.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.server.VaadinSession;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.content.ContentSync;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "curator", roles = {"LEARNER", "ADMIN"})
class ContentAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ContentSync sync;
    @Autowired
    ContentService content;

    @BeforeEach
    void theAdminHasAnAccount() {
        TestLearners.ensure(accounts, "curator");
    }

    @Test
    void a_dry_run_of_the_unchanged_bank_reports_that_no_question_would_change() {
        ContentAdminView view = navigate(ContentAdminView.class);

        test(view.dryRun).click();
        assertThat(view.progress.isVisible()).as("progress shows while the run goes").isTrue();
        finishRun();

        assertThat(text(view.report)).contains("Dry run: a sync would make 0 changes").contains("No question changed.");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.syncNow.isEnabled()).isTrue();
    }

    @Test
    void an_uploaded_page_is_checked_with_a_dry_run_that_lists_its_question_before_anything_is_written() {
        long before = content.totals().questions();
        ContentAdminView view = navigate(ContentAdminView.class);
        test(view.uploadFolder).setValue("extra");

        view.uploaded("graphs.md", """
                ## Graphs
                ### 1. What is a topological sort?
                **Answer:** An order of a directed acyclic graph's nodes in which every edge points forward.
                """.getBytes(StandardCharsets.UTF_8));
        finishRun();

        assertThat(text(view.report)).contains("Dry run: a sync would make 1 change");
        Details added = $(Details.class).from(view.report).all().stream()
                .filter(details -> "added".equals(details.getElement().getAttribute("data-kind"))).findFirst().orElseThrow();
        assertThat(text(added)).contains("What is a topological sort?").contains("extra/graphs.md");
        assertThat(view.applyUpload.isEnabled()).isTrue();
        assertThat(content.totals().questions()).isEqualTo(before);
    }

    @Test
    void a_folder_that_would_lead_out_of_the_bank_is_refused_next_to_the_field() {
        ContentAdminView view = navigate(ContentAdminView.class);
        test(view.uploadFolder).setValue("../etc");

        view.uploaded("x.md", "## X\n### What?\nThat.\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.uploadFolder.isInvalid()).isTrue();
        assertThat(view.uploadFolder.getErrorMessage()).contains("'..' is not one");
        assertThat(sync.current()).isEmpty();
    }

    private void finishRun() {
        await().atMost(Duration.ofSeconds(30)).until(() -> sync.current().isEmpty());
        // The run reports back through UI.access from its own thread; the test thread holds the
        // session lock, so those tasks wait in the session's queue until they are run here.
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
