package dev.studyportal.webapp.content.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.importhistory.ImportHistory;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.importer.SyncAlreadyRunningException;
import dev.studyportal.importer.source.BankSourceException;
import dev.studyportal.importer.sync.SyncReport;
import dev.studyportal.webapp.content.ContentSync;
import dev.studyportal.webapp.security.CurrentAdministrator;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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

    final Button dryRun = new Button("Dry run");
    final Button syncNow = new Button("Sync now");
    final Checkbox skipInvalid = new Checkbox("Skip files with errors (their questions stay as they are)");
    final ProgressBar progress = new ProgressBar();
    final Span progressStep = new Span();
    final SyncReportPanel report = new SyncReportPanel();
    final ImportHistoryPanel history;
    final UploadPanel uploads;

    private final ContentSync sync;
    private final String admin;

    ContentAdminView(
            ContentSync sync,
            ImportHistory importHistory,
            ContentService content,
            ReviewService reviews,
            CurrentAdministrator administrator) {
        this.sync = sync;
        this.admin = administrator.username();
        // Run times in the admin's own time zone, the one their study day uses.
        this.history = new ImportHistoryPanel(importHistory, content, reviews.timeZone(admin));
        addClassName("content-admin");

        dryRun.addClickListener(click -> run(() -> sync.start(admin, true, skipInvalid.getValue(), this::onProgress)));
        syncNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        syncNow.addClickListener(
                click -> run(() -> sync.start(admin, false, skipInvalid.getValue(), this::onProgress)));
        HorizontalLayout actions = new HorizontalLayout(dryRun, syncNow, skipInvalid);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);

        progress.setVisible(false);
        progressStep.setVisible(false);
        progressStep.addClassName("progress-step");

        uploads = new UploadPanel(
                sync, admin, skipInvalid::getValue, this::onProgress, this::run, ContentAdminView::error);

        add(
                new H1("Content"),
                new Paragraph("Source: " + sync.source()),
                actions,
                uploads,
                progressStep,
                progress,
                report,
                history);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        sync.current().ifPresent(running -> {
            showProgress(running.step(), running.fraction());
            Notification.show(running.startedBy() + " is running a " + (running.dryRun() ? "dry run" : "sync") + ".");
        });
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
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof BankSourceException refused) {
            return refused.getMessage();
        }
        if (cause instanceof SyncAlreadyRunningException busy) {
            return busy.getMessage();
        }
        return "The sync failed and wrote nothing: " + cause.getMessage();
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
