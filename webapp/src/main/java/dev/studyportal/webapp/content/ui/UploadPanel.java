package dev.studyportal.webapp.content.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import dev.studyportal.importer.source.UploadLimits;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.importer.sync.SyncReport;
import dev.studyportal.webapp.content.ContentSync;
import dev.studyportal.webapp.content.UploadTarget;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Upload a page or a zipped bank into a folder of the bank: checked with a dry run first, applied when the admin
 * says so. The panel holds the uploaded file from the handler's hand-over until it is applied, replaced or the
 * panel leaves the screen; the view it sits in runs the syncs and shows their progress and report.
 */
class UploadPanel extends Details {

    private static final Path TEMPORARY_FOLDER = Path.of(System.getProperty("java.io.tmpdir"));

    final TextField uploadFolder = new TextField("Into folder of the bank");
    final Upload upload;
    final Button applyUpload = new Button("Apply this upload");

    private final ContentSync sync;
    private final String admin;
    private final BooleanSupplier skipInvalid;
    private final SyncProgress progress;
    private final Function<Supplier<CompletableFuture<SyncReport>>, CompletableFuture<?>> run;
    private final Consumer<String> error;
    private @Nullable HeldUpload held;

    /**
     * @param run   starts a sync the way the view shows one, and returns it (or one already done when it could not
     *              start)
     * @param error shows the admin what went wrong
     */
    UploadPanel(
            ContentSync sync,
            String admin,
            BooleanSupplier skipInvalid,
            SyncProgress progress,
            Function<Supplier<CompletableFuture<SyncReport>>, CompletableFuture<?>> run,
            Consumer<String> error) {
        super("Upload a page (.md) or a bank (.zip)");
        this.sync = sync;
        this.admin = admin;
        this.skipInvalid = skipInvalid;
        this.progress = progress;
        this.run = run;
        this.error = error;

        UploadLimits limits = sync.uploadLimits();
        upload = new Upload(new BoundedUploadHandler(
                limits,
                TEMPORARY_FOLDER,
                (event, name, file) ->
                        onUi(event, () -> uploaded(name, file), () -> BoundedUploadHandler.discard(file)),
                (event, message) -> onUi(event, () -> error.accept(message), () -> {})));
        upload.setAcceptedFileTypes(".md", ".mdx", ".zip");
        upload.setMaxFiles(1);
        // Only the browser's check, to spare the admin a wasted transfer; the handler is the limit.
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxTotalBytes()));
        upload.setI18n(refusals(limits));
        upload.addFileRejectedListener(event -> error.accept(event.getErrorMessage()));
        uploadFolder.addClassName("upload-folder");
        // Sent as typed: people pick the file right after typing, before the field loses focus.
        uploadFolder.setValueChangeMode(ValueChangeMode.EAGER);
        uploadFolder.setPlaceholder("the bank's root");
        uploadFolder.setHelperText(
                "A zip speaks for this whole folder; one page for itself only. The rest of the bank stays.");
        uploadFolder.setClearButtonVisible(true);
        applyUpload.setEnabled(false);
        applyUpload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyUpload.addClickListener(click -> runUpload(false));
        add(new VerticalLayout(
                uploadFolder,
                upload,
                new Paragraph("An upload is checked with a dry run first;"
                        + " apply it when its changes look right. A later sync of the configured source replaces what"
                        + " the source does not have."),
                applyUpload));
    }

    /** What the browser says when it refuses a file, with the limit and the way on instead of Vaadin's defaults. */
    static UploadI18N refusals(UploadLimits limits) {
        long megabytes = limits.maxTotalBytes() / (1024 * 1024);
        return new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(
                                "This file is larger than %d MB, the most one upload may be. Upload the bank's folders one zip at a time, or sync it from its Git repository."
                                        .formatted(megabytes))
                        .setIncorrectFileType("Upload a Markdown page (.md or .mdx) or a zip of a bank's folder.")
                        .setTooManyFiles("Upload one file at a time."));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        release();
    }

    /**
     * The upload handler runs on the request's thread without the session's lock; what it hands over
     * is taken in the UI, or given back (the file deleted) when the UI or this panel has gone meanwhile.
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
        uploaded.readBy(run.apply(() -> sync.startUpload(
                admin, uploaded.name(), uploaded.file(), target, dryRunFirst, skipInvalid.getAsBoolean(), progress)));
        applyUpload.setEnabled(dryRunFirst);
        if (!dryRunFirst) {
            release();
            upload.clearFileList();
        }
    }

    /**
     * An upload on disk from the moment the handler hands it over until it is applied, replaced or the
     * panel closes; the dry run and the apply read the same file, so it outlives the run reading it.
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
