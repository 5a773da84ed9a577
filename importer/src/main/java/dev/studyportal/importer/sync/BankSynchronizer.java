package dev.studyportal.importer.sync;

import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.PageRepository;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.core.content.QuestionRevisionRepository;
import dev.studyportal.core.content.SectionRepository;
import dev.studyportal.core.importhistory.ImportCounts;
import dev.studyportal.core.importhistory.ImportHistory;
import dev.studyportal.core.importhistory.ImportRun;
import dev.studyportal.core.importhistory.ImportStatus;
import dev.studyportal.importer.parse.ContentError;
import dev.studyportal.importer.parse.ParsedBank;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the database say what the parsed bank says, in one transaction, and records the run in
 * the same transaction. Learners' progress hangs on question rows, which are never deleted: see
 * {@link SyncRun} for how questions are recognised across edits. Unchanged input changes no
 * content row; a bank with errors changes none at all.
 */
@Service
public class BankSynchronizer {

    private final PageRepository pages;
    private final SectionRepository sections;
    private final QuestionRepository questions;
    private final QuestionRevisionRepository revisions;
    private final ImportHistory history;
    private final BankState state;
    private final UnchangedBank unchangedBank;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BankSynchronizer(
            PageRepository pages,
            SectionRepository sections,
            QuestionRepository questions,
            QuestionRevisionRepository revisions,
            ImportHistory history,
            BankState state,
            UnchangedBank unchangedBank,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.pages = pages;
        this.sections = sections;
        this.questions = questions;
        this.revisions = revisions;
        this.history = history;
        this.state = state;
        this.unchangedBank = unchangedBank;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The report of a run that would change nothing, if this is one ({@link UnchangedBank}). */
    public Optional<SyncReport> unchanged(@Nullable BankFingerprint fingerprint, SyncOptions options) {
        return unchangedBank.report(fingerprint, options);
    }

    /** Applies the bank, or with a dry run works out the same changes and rolls them back. */
    public SyncReport synchronize(ParsedBank bank, SyncOptions options, SyncProgress progress) {
        return synchronize(bank, options, progress, null);
    }

    /**
     * @param fingerprint the digest of the files the bank was read from, when it was read in full
     *                    from one folder: remembered when the run applies the whole bank
     */
    public SyncReport synchronize(
            ParsedBank bank, SyncOptions options, SyncProgress progress, @Nullable BankFingerprint fingerprint) {
        Instant startedAt = clock.instant();
        LeftAlone leftAlone = LeftAlone.of(bank.errors(), options.scope());
        boolean refused = bank.hasErrors() && (!options.skipInvalid() || leftAlone.coverEverything(bank));
        if (refused) {
            SyncReport report = SyncReport.failed(options.dryRun(), bank.errors(), bank.warnings());
            if (!options.dryRun()) {
                history.recordFailure(new ImportRun(
                        options.source(),
                        options.trigger(),
                        options.startedBy(),
                        startedAt,
                        clock.instant(),
                        ImportStatus.FAILED,
                        ImportCounts.NONE,
                        report.problems()));
            }
            return report;
        }
        return transaction.execute(status -> {
            SyncRun run = new SyncRun(pages, sections, questions, revisions, leftAlone, startedAt, progress);
            SyncRun.Outcome outcome = run.apply(bank.pages());
            ImportStatus result = bank.hasErrors() ? ImportStatus.PARTIAL : ImportStatus.SUCCEEDED;
            List<String> warnings = new ArrayList<>(bank.warnings());
            leftAlone
                    .invalidFiles()
                    .forEach(file -> warnings.add(
                            file + " was skipped: it has errors, and its questions were left as they were"));
            SyncReport report = new SyncReport(
                    result,
                    options.dryRun(),
                    outcome.pages(),
                    outcome.sections(),
                    outcome.questions(),
                    outcome.changes(),
                    bank.errors(),
                    warnings);
            if (options.dryRun()) {
                status.setRollbackOnly();
                return report;
            }
            if (result == ImportStatus.SUCCEEDED && fingerprint != null) {
                state.remember(fingerprint, startedAt);
            } else if (!report.changes().isEmpty()) {
                state.forget();
            }
            if (!report.changes().isEmpty() || !report.errors().isEmpty()) {
                // A run that found nothing to do is not history, and it must write nothing:
                // a schedule would otherwise fill the history with empty runs.
                ImportRun record = new ImportRun(
                        options.source(),
                        options.trigger(),
                        options.startedBy(),
                        startedAt,
                        clock.instant(),
                        result,
                        report.counts(),
                        report.problems());
                history.record(record, outcome.changeRecords(record));
            }
            return report;
        });
    }

    /**
     * The pages a run leaves exactly as they are: files with errors in a partial run (an error in a
     * folder's {@code _category_} file counts for every page below that folder), and every page
     * outside the run's scope.
     */
    record LeftAlone(List<String> invalidFiles, List<String> invalidFolders, String scope) {

        static LeftAlone of(List<ContentError> errors, String scope) {
            List<String> files = new ArrayList<>();
            List<String> folders = new ArrayList<>();
            for (ContentError error : errors) {
                String file = error.file();
                if (files.contains(file)) {
                    continue;
                }
                files.add(file);
                String name = file.substring(file.lastIndexOf('/') + 1);
                if (name.startsWith("_category_")) {
                    folders.add(file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "");
                }
            }
            return new LeftAlone(files, folders, scope);
        }

        boolean contains(String path) {
            return invalidFiles.contains(path)
                    || invalidFolders.stream().anyMatch(folder -> isUnder(path, folder))
                    || !(path.equals(scope) || isUnder(path, scope));
        }

        boolean contains(Page page) {
            return contains(page.getPath());
        }

        /** With no page left to apply, the run would retire the whole scope: such a run is refused instead. */
        boolean coverEverything(ParsedBank bank) {
            return bank.pages().stream().allMatch(page -> contains(page.path()));
        }

        private static boolean isUnder(String path, String folder) {
            return folder.isEmpty() || path.startsWith(folder.endsWith("/") ? folder : folder + "/");
        }
    }
}
