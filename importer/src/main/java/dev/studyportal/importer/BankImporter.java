package dev.studyportal.importer;

import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.parse.MarkdownBankParser;
import dev.studyportal.importer.parse.ParsedBank;
import dev.studyportal.importer.sync.BankSynchronizer;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.importer.sync.SyncReport;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

/** The importer's one entry point: read a bank from a folder and sync it, all or nothing. */
@Service
public class BankImporter {

    private final MarkdownBankParser parser;
    private final BankSynchronizer synchronizer;

    BankImporter(MarkdownBankParser parser, BankSynchronizer synchronizer) {
        this.parser = parser;
        this.synchronizer = synchronizer;
    }

    /** Reads the folder and syncs it as the command line does. */
    public SyncReport sync(Path bankRoot, boolean dryRun) {
        return sync(bankRoot, SyncOptions.of(bankRoot.toString(), ImportTrigger.CLI, dryRun), SyncProgress.NONE);
    }

    public SyncReport sync(Path bankRoot, SyncOptions options, SyncProgress progress) {
        progress.update("Reading files", 0, 0);
        ParsedBank bank = parser.parse(bankRoot);
        return synchronizer.synchronize(bank, options, progress);
    }
}
