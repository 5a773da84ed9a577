package dev.studyportal.webapp.content.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.importhistory.ImportHistory;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.importer.SyncAlreadyRunningException;
import dev.studyportal.importer.source.BankSourceException;
import dev.studyportal.importer.source.UploadLimits;
import dev.studyportal.importer.sync.SyncReport;
import dev.studyportal.webapp.content.ContentSync;
import dev.studyportal.webapp.content.UploadTarget;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The admin's view of the bank: sync the configured source now, or first as a dry run that shows
 * every change before and after; upload a page or a zipped bank; watch a run's progress; read the
 * history of runs and what each did.
 */
@Route("admin/content")
@PageTitle("Content · Study Portal")
@Menu(title = "Content", order = 5, icon = "vaadin:file-tree")
@RolesAllowed(Role.Names.ADMIN)
class ContentAdminView extends VerticalLayout {

    /** How often the browser asks for news while a run is going: the progress bar needs no push channel. */
    private static final int POLL_MILLIS = 400;

    private static final Path TEMPORARY_FOLDER = Path.of(System.getProperty("java.io.tmpdir"));

    final Button dryRun = new Button("Dry run");
    final Button syncNow = new Button("Sync now");
    final Checkbox skipInvalid = new Checkbox("Skip files with errors (their questions stay as they are)");
    final ProgressBar progress = new ProgressBar();
    final Span progressStep = new Span();
    final SyncReportPanel report = new SyncReportPanel();
    final ImportHistoryPanel history;
    final TextField uploadFolder = new TextField("Into folder of the bank");
    final Upload upload;
    final Button applyUpload = new Button("Apply this upload");

    private final ContentSync sync;
    private final String admin;
    private @Nullable HeldUpload held;

    ContentAdminView(ContentSync sync, ImportHistory importHistory, ContentService content, ReviewService reviews,
                     CurrentLearner currentUser) {
        this.sync = sync;
        this.admin = currentUser.username();
        // Run times in the admin's own time zone, the one their study day uses.
        this.history = new ImportHistoryPanel(importHistory, content, reviews.timeZone(admin));
        addClassName("content-admin");

        dryRun.addClickListener(click -> run(() -> sync.start(admin, true, skipInvalid.getValue(), this::onProgress)));
        syncNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        syncNow.addClickListener(click -> run(() -> sync.start(admin, false, skipInvalid.getValue(), this::onProgress)));
        HorizontalLayout actions = new HorizontalLayout(dryRun, syncNow, skipInvalid);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);

        progress.setVisible(false);
        progressStep.setVisible(false);
        progressStep.addClassName("progress-step");

        UploadLimits limits = sync.uploadLimits();
        upload = new Upload(new BoundedUploadHandler(limits, TEMPORARY_FOLDER,
                (event, name, file) -> onUi(event, () -> uploaded(name, file),
                        () -> BoundedUploadHandler.discard(file)),
                (event, message) -> onUi(event, () -> error(message), () -> { })));
        upload.setAcceptedFileTypes(".md", ".mdx", ".zip");
        upload.setMaxFiles(1);
        // Only the browser's check, to spare the admin a wasted transfer; the handler is the limit.
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxTotalBytes()));
        upload.addFileRejectedListener(event -> error(event.getErrorMessage()));
        uploadFolder.addClassName("upload-folder");
        // Sent as typed: people pick the file right after typing, before the field loses focus.
        uploadFolder.setValueChangeMode(ValueChangeMode.EAGER);
        uploadFolder.setPlaceholder("the bank's root");
        uploadFolder.setHelperText("A zip speaks for this whole folder; one page for itself only. The rest of the bank stays.");
        uploadFolder.setClearButtonVisible(true);
        applyUpload.setEnabled(false);
        applyUpload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyUpload.addClickListener(click -> runUpload(false));
        Details uploadSection = new Details("Upload a page (.md) or a bank (.zip)",
                new VerticalLayout(uploadFolder, upload, new Paragraph("An upload is checked with a dry run first;"
                        + " apply it when its changes look right. A later sync of the configured source replaces what"
                        + " the source does not have."), applyUpload));

        add(new H1("Content"), new Paragraph("Source: " + sync.source()), actions, uploadSection, progressStep, progress,
                report, history);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        sync.current().ifPresent(running -> {
            showProgress(running.step(), running.fraction());
            Notification.show(running.startedBy() + " is running a " + (running.dryRun() ? "dry run" : "sync") + ".");
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        release();
    }

    /**
     * The upload handler runs on the request's thread without the session's lock; what it hands over
     * is taken in the UI, or given back (the file deleted) when the UI or this view has gone meanwhile.
     */
    private void onUi(UploadEvent event, Command command, Runnable otherwise) {
        UI ui = event.getUI();
        if (ui == null) {
            otherwise.run();
            return;
        }
        event.getSession().access(() -> {
            try {
                ui.accessSynchronously(() -> {
                    if (isAttached()) {
                        command.execute();
                    } else {
                        otherwise.run();
                    }
                });
            } catch (UIDetachedException e) {
                otherwise.run();
            }
        });
    }

    private void uploaded(String fileName, Path file) {
        release();
        held = new HeldUpload(fileName, file);
        runUpload(true);
    }

    /** Lets go of the uploaded file: deleted at once, or when the run reading it has finished. */
    private void release() {
        HeldUpload dropped = held;
        held = null;
        if (dropped != null) {
            dropped.delete();
        }
    }

    private void runUpload(boolean dryRunFirst) {
        HeldUpload uploaded = held;
        if (uploaded == null) {
            return;
        }
        UploadTarget target;
        try {
            target = UploadTarget.of(uploadFolder.getValue());
            uploadFolder.setInvalid(false);
        } catch (IllegalArgumentException e) {
            uploadFolder.setErrorMessage(e.getMessage());
            uploadFolder.setInvalid(true);
            return;
        }
        uploaded.readBy(run(() -> sync.startUpload(admin, uploaded.name(), uploaded.file(), target, dryRunFirst,
                skipInvalid.getValue(), this::onProgress)));
        applyUpload.setEnabled(dryRunFirst);
        if (!dryRunFirst) {
            release();
            upload.clearFileList();
        }
    }

    /** @return the run, or one already done when it could not start */
    private CompletableFuture<?> run(Supplier<CompletableFuture<SyncReport>> start) {
        UI ui = UI.getCurrent();
        CompletableFuture<SyncReport> running;
        try {
            running = start.get();
        } catch (SyncAlreadyRunningException e) {
            error(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        setRunning(true);
        ui.setPollInterval(POLL_MILLIS);
        running.whenComplete((result, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            setRunning(false);
            if (failure != null) {
                error(message(failure));
            } else {
                report.show(result);
                history.refresh();
            }
        }));
        return running;
    }

    private void onProgress(String step, int done, int total) {
        getUI().ifPresent(ui -> ui.access(() -> showProgress(step, total <= 0 ? -1 : (double) done / total)));
    }

    private void showProgress(String step, double fraction) {
        progress.setVisible(true);
        progressStep.setVisible(true);
        progressStep.setText(step + "…");
        progress.setIndeterminate(fraction < 0);
        if (fraction >= 0) {
            progress.setValue(Math.min(1, fraction));
        }
    }

    private void setRunning(boolean running) {
        dryRun.setEnabled(!running);
        syncNow.setEnabled(!running);
        if (running) {
            showProgress("Starting", -1);
        } else {
            progress.setVisible(false);
            progressStep.setVisible(false);
        }
    }

    private static String message(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof BankSourceException || cause instanceof SyncAlreadyRunningException) {
            return cause.getMessage();
        }
        return "The sync failed and wrote nothing: " + cause.getMessage();
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * An upload on disk from the moment the handler hands it over until it is applied, replaced or the
     * view closes; the dry run and the apply read the same file, so it outlives the run reading it.
     */
    private static final class HeldUpload {
        private final String name;
        private final Path file;
        private CompletableFuture<?> reading = CompletableFuture.completedFuture(null);

        HeldUpload(String name, Path file) {
            this.name = name;
            this.file = file;
        }

        String name() {
            return name;
        }

        Path file() {
            return file;
        }

        /** One run at a time per node, so the latest run is the only one that can be reading. */
        void readBy(CompletableFuture<?> run) {
            reading = run;
        }

        void delete() {
            reading.whenComplete((result, failure) -> BoundedUploadHandler.discard(file));
        }
    }
}
