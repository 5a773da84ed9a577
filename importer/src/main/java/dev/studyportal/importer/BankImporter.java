package dev.studyportal.importer;

import dev.studyportal.importer.parse.MarkdownBankParser;
import dev.studyportal.importer.sync.BankSynchronizer;
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

    /** @param dryRun work out the changes and report them without writing any */
    public SyncReport sync(Path bankRoot, boolean dryRun) {
        return synchronizer.synchronize(parser.parse(bankRoot), dryRun);
    }
}
