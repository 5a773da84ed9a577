package dev.studyportal.webapp.content;

import dev.studyportal.core.access.AdminAction;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.SyncAlreadyRunningException;
import dev.studyportal.importer.source.BankSource;
import dev.studyportal.importer.source.BankSourceException;
import dev.studyportal.importer.source.BankSourceProperties;
import dev.studyportal.importer.source.CheckedOutBank;
import dev.studyportal.importer.source.UploadLimits;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.importer.sync.SyncReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs syncs for the portal: of the configured source at start-up, on the schedule and for an
 * admin, and of an admin's upload. An admin's runs happen in the background while the Content
 * view shows their progress. One run at a time per node (and, through the importer's lock,
 * across nodes).
 */
@Service
public class ContentSync {

    private final BankImporter importer;
    private final BankSourceProperties sources;
    private final ImportProperties properties;
    private final TaskExecutor executor;
    private final AtomicReference<@Nullable RunState> running = new AtomicReference<>();

    ContentSync(
            BankImporter importer,
            BankSourceProperties sources,
            ImportProperties properties,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.importer = importer;
        this.sources = sources;
        this.properties = properties;
        this.executor = executor;
    }

    /** Where the configured bank is read from, as people see it (never with credentials). */
    public String source() {
        try {
            return sources.toSource().description();
        } catch (BankSourceException e) {
            return "not configured correctly: " + e.getMessage();
        }
    }

    /** How large an admin's upload may be, and what it may unpack to. */
    public UploadLimits uploadLimits() {
        return sources.upload().limits();
    }

    /**
     * A sync of the configured source on the calling thread, for start-up and the schedule, where nobody
     * is signed in: it takes nothing from its caller but the trigger, and syncs only what the portal is
     * configured to sync.
     *
     * @throws BankSourceException when the source cannot be read (no folder, Git unreachable)
     */
    public SyncReport syncUnattended(ImportTrigger trigger) {
        return fromSource(new SyncOptions(false, properties.skipInvalid(), "", trigger, null), SyncProgress.NONE);
    }

    /**
     * Starts a sync of the configured source in the background for an admin.
     *
     * @throws SyncAlreadyRunningException when this node is already running one
     */
    @AdminAction
    public CompletableFuture<SyncReport> start(
            String admin, boolean dryRun, boolean skipInvalid, SyncProgress progress) {
        SyncOptions options = new SyncOptions(dryRun, skipInvalid, "", ImportTrigger.ADMIN, admin);
        return inBackground(new RunState(admin, dryRun), progress, tracked -> fromSource(options, tracked));
    }

    /**
     * Starts a sync of an uploaded {@code .md} or {@code .zip} file into a folder of the bank. It
     * speaks for that folder (a zip) or that page (one file) only: the rest of the bank stays.
     *
     * @param content  the uploaded file on disk; it is read in the background and left where it is, for
     *                 the caller to delete once the returned run has finished (a dry run and its apply read
     *                 the same file)
     * @throws SyncAlreadyRunningException when this node is already running one
     */
    @AdminAction
    public CompletableFuture<SyncReport> startUpload(
            String admin,
            String fileName,
            Path content,
            UploadTarget target,
            boolean dryRun,
            boolean skipInvalid,
            SyncProgress progress) {
        SyncOptions options =
                new SyncOptions(dryRun, skipInvalid, "", ImportTrigger.ADMIN, admin).withScope(target.scope(fileName));
        return inBackground(new RunState(admin, dryRun), progress, tracked -> {
            try (InputStream in = Files.newInputStream(content);
                    CheckedOutBank upload =
                            sources.upload(fileName, in, target.folder()).open()) {
                return importer.sync(upload.root(), withSource(options, upload.description()), tracked);
            } catch (IOException e) {
                throw new BankSourceException(
                        "Could not read the uploaded file: " + e.getMessage() + ". Upload it again.", e);
            }
        });
    }

    /** The run this node is doing now, if any, so a second admin sees it rather than starting another. */
    public Optional<RunState> current() {
        return Optional.ofNullable(running.get());
    }

    private SyncReport fromSource(SyncOptions options, SyncProgress progress) {
        BankSource source = sources.toSource();
        progress.update("Fetching the bank", 0, 0);
        try (CheckedOutBank bank = source.open()) {
            return importer.sync(bank.root(), withSource(options, bank.description()), progress);
        }
    }

    private CompletableFuture<SyncReport> inBackground(
            RunState state, SyncProgress progress, Function<SyncProgress, SyncReport> run) {
        if (!running.compareAndSet(null, state)) {
            throw new SyncAlreadyRunningException();
        }
        CompletableFuture<SyncReport> result = new CompletableFuture<>();
        SyncProgress tracked = (step, done, total) -> {
            state.update(step, done, total);
            progress.update(step, done, total);
        };
        try {
            executor.execute(() -> {
                try {
                    result.complete(run.apply(tracked));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                } finally {
                    running.set(null);
                }
            });
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
        return result;
    }

    private static SyncOptions withSource(SyncOptions options, String source) {
        return new SyncOptions(
                options.dryRun(),
                options.skipInvalid(),
                source,
                options.trigger(),
                options.startedBy(),
                options.scope());
    }

    /** Who started the running sync and how far it has got. */
    public static final class RunState {
        private final String startedBy;
        private final boolean dryRun;
        private volatile String step = "Starting";
        private volatile int done;
        private volatile int total;

        RunState(String startedBy, boolean dryRun) {
            this.startedBy = startedBy;
            this.dryRun = dryRun;
        }

        void update(String step, int done, int total) {
            this.step = step;
            this.done = done;
            this.total = total;
        }

        public String startedBy() {
            return startedBy;
        }

        public boolean dryRun() {
            return dryRun;
        }

        public String step() {
            return step;
        }

        /** Between 0 and 1, or -1 while the size of the step is unknown. */
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1, (double) done / total);
        }
    }
}
