package dev.studyportal.webapp.content.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.importhistory.ImportHistory;
import dev.studyportal.core.importhistory.RunEntry;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.content.ContentSync;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(
        username = "curator",
        roles = {"LEARNER", "ADMIN"})
class ContentAdminViewTest extends SpringBrowserlessTest {

    private static final long MB = 1024 * 1024;
    /** The most a server may read past a limit before it notices: one buffer of its copy loop. */
    private static final long READ_BUFFER = 64 * 1024;

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
        assertThat(view.progress.isVisible())
                .as("progress shows while the run goes")
                .isTrue();
        finishRun();

        assertThat(text(view.report))
                .contains("Dry run: a sync would make 0 changes")
                .contains("No question changed.");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.syncNow.isEnabled()).isTrue();
    }

    @Test
    void choosing_a_run_in_the_history_lists_each_question_it_changed() {
        ContentAdminView view = navigate(ContentAdminView.class);
        // The start-up import of the project's bank into the fresh database added every question.
        RunEntry run = view.history
                .runs
                .getListDataView()
                .getItems()
                .max(Comparator.comparingInt((RunEntry entry) -> entry.counts().changes()))
                .orElseThrow();
        assertThat(run.counts().changes()).isPositive().isLessThanOrEqualTo(ImportHistory.MAX_CHANGES);

        view.history.runs.select(run);

        assertThat(view.history.changes.isVisible()).isTrue();
        assertThat(view.history.changes.getListDataView().getItemCount())
                .isEqualTo(run.counts().changes());
        assertThat(view.history.shownOf.isVisible())
                .as("every change is listed, so no \"showing N of M\"")
                .isFalse();
    }

    @Test
    void an_uploaded_page_is_checked_with_a_dry_run_that_lists_its_question_before_anything_is_written() {
        long before = content.totals().questions();
        ContentAdminView view = openWithUpload();
        test(view.uploads.uploadFolder).setValue("extra");

        MockHttpServletResponse response =
                UploadAddress.post(view.uploads.upload, "graphs.md", """
                ## Graphs
                ### 1. What is a topological sort?
                **Answer:** An order of a directed acyclic graph's nodes in which every edge points forward.
                """.getBytes(StandardCharsets.UTF_8));
        finishRun();

        assertThat(response.getStatus()).isEqualTo(200);

        assertThat(text(view.report)).contains("Dry run: a sync would make 1 change");
        Details added = $(Details.class).from(view.report).all().stream()
                .filter(details -> "added".equals(details.getElement().getAttribute("data-kind")))
                .findFirst()
                .orElseThrow();
        assertThat(text(added)).contains("What is a topological sort?").contains("extra/graphs.md");
        assertThat(view.uploads.applyUpload.isEnabled()).isTrue();
        assertThat(content.totals().questions()).isEqualTo(before);
    }

    @Test
    void a_folder_that_would_lead_out_of_the_bank_is_refused_next_to_the_field() {
        ContentAdminView view = openWithUpload();
        test(view.uploads.uploadFolder).setValue("../etc");

        UploadAddress.post(view.uploads.upload, "x.md", "## X\n### What?\nThat.\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.uploads.uploadFolder.isInvalid()).isTrue();
        assertThat(view.uploads.uploadFolder.getErrorMessage()).contains("'..' is not one");
        assertThat(sync.current()).isEmpty();
    }

    @Test
    void a_zip_over_the_limit_sent_straight_to_the_upload_address_is_refused_once_the_limit_is_passed()
            throws IOException {
        ContentAdminView view = openWithUpload();
        Set<Path> temporaryBefore = uploadFiles();
        // No Content-Length, as with a chunked body: only counting while reading can stop it.
        GeneratedBody body = new GeneratedBody(400 * MB);

        MockHttpServletResponse response = UploadAddress.post(view.uploads.upload, "bank.zip", body, -1);

        assertThat(body.consumed())
                .as("bytes read before refusing")
                .isGreaterThan(50 * MB)
                .isLessThanOrEqualTo(50 * MB + READ_BUFFER);
        assertThat(response.getStatus()).as("refused").isEqualTo(422);
        assertThat(lastNotification()).contains("That file is larger than the 50 MB limit");
        assertThat(sync.current()).as("no run started").isEmpty();
        assertThat(view.uploads.applyUpload.isEnabled()).isFalse();
        assertThat(uploadFiles()).as("temporary files left behind").isEqualTo(temporaryBefore);
    }

    @Test
    void a_page_over_its_limit_is_refused_once_its_limit_is_passed() throws IOException {
        ContentAdminView view = openWithUpload();
        Set<Path> temporaryBefore = uploadFiles();
        GeneratedBody body = new GeneratedBody(60 * MB);

        MockHttpServletResponse response = UploadAddress.post(view.uploads.upload, "huge.md", body, -1);

        assertThat(body.consumed())
                .as("bytes read before refusing")
                .isGreaterThan(10 * MB)
                .isLessThanOrEqualTo(10 * MB + READ_BUFFER);
        assertThat(response.getStatus()).as("refused").isEqualTo(422);
        assertThat(lastNotification()).contains("That page is larger than the 10 MB limit");
        assertThat(sync.current()).isEmpty();
        assertThat(uploadFiles()).isEqualTo(temporaryBefore);
    }

    @Test
    void an_upload_whose_content_length_is_over_the_limit_is_refused_before_a_byte_is_read() throws IOException {
        ContentAdminView view = openWithUpload();
        Set<Path> temporaryBefore = uploadFiles();
        GeneratedBody body = new GeneratedBody(60 * MB);

        MockHttpServletResponse response = UploadAddress.post(view.uploads.upload, "bank.zip", body, 60 * MB);

        assertThat(body.consumed()).as("bytes read").isZero();
        assertThat(response.getStatus()).as("refused").isEqualTo(422);
        assertThat(lastNotification()).contains("That file is larger than the 50 MB limit");
        assertThat(sync.current()).isEmpty();
        assertThat(uploadFiles()).isEqualTo(temporaryBefore);
    }

    @Test
    void the_uploaded_file_is_kept_for_the_apply_and_deleted_when_the_admin_leaves_the_view() throws IOException {
        Set<Path> temporaryBefore = uploadFiles();
        ContentAdminView view = openWithUpload();

        UploadAddress.post(
                view.uploads.upload,
                "kept.md",
                "## Kept\n### What is kept?\nThe file, for the apply.\n".getBytes(StandardCharsets.UTF_8));
        finishRun();

        assertThat(uploadFiles()).as("held for the apply").hasSize(temporaryBefore.size() + 1);
        UI.getCurrent().navigate("admin/users");
        roundTrip();
        assertThat(uploadFiles()).as("after leaving the view").isEqualTo(temporaryBefore);
    }

    /** The view after its first response, when the upload has been given its server address. */
    private ContentAdminView openWithUpload() {
        ContentAdminView view = navigate(ContentAdminView.class);
        roundTrip();
        return view;
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    /** What the upload handler keeps in the temporary folder now. */
    private static Set<Path> uploadFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("studyportal-upload-body-"))
                    .collect(Collectors.toSet());
        }
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
