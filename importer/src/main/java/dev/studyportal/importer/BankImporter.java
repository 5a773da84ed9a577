package dev.studyportal.importer;

import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.parse.MarkdownBankParser;
import dev.studyportal.importer.sync.BankFingerprint;
import dev.studyportal.importer.sync.BankSynchronizer;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.importer.sync.SyncReport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/** The importer's one entry point: read a bank from a folder and sync it, all or nothing, one run at a time. */
@Service
public class BankImporter {

    private final MarkdownBankParser parser;
    private final BankSynchronizer synchronizer;
    private final SyncLock lock;

    BankImporter(MarkdownBankParser parser, BankSynchronizer synchronizer, SyncLock lock) {
        this.parser = parser;
        this.synchronizer = synchronizer;
        this.lock = lock;
    }

    /** Reads the folder and syncs it as the command line does. */
    public SyncReport sync(Path bankRoot, boolean dryRun) {
        return sync(bankRoot, SyncOptions.of(bankRoot.toString(), ImportTrigger.CLI, dryRun), SyncProgress.NONE);
    }

    /**
     * A dry run reads alongside anything; a real run holds the sync lock from reading the files to
     * committing, so two runs never interleave. A whole bank found unchanged (by the digest of its
     * files, computed once here) is neither parsed nor locked, and is looked at again once the lock is
     * held, so that two nodes whose schedules fire together sync it once.
     *
     * @throws SyncAlreadyRunningException when another run holds the lock
     */
    public SyncReport sync(Path bankRoot, SyncOptions options, SyncProgress progress) {
        BankFingerprint fingerprint = options.scope().isEmpty() ? BankFingerprint.of(bankRoot) : null;
        Optional<SyncReport> unchanged = synchronizer.unchanged(fingerprint, options);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Supplier<SyncReport> run = () -> {
            // Another node's scheduled turn may have synced these very files while this one waited for the lock.
            Optional<SyncReport> syncedMeanwhile = synchronizer.unchanged(fingerprint, options);
            if (syncedMeanwhile.isPresent()) {
                return syncedMeanwhile.get();
            }
            progress.update("Reading files", 0, 0);
            return synchronizer.synchronize(parser.parse(bankRoot), options, progress, fingerprint);
        };
        return options.dryRun() ? run.get() : lock.whileHolding(run);
    }
}
