package dev.studyportal.webapp.content;

import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.SyncAlreadyRunningException;
import dev.studyportal.importer.source.BankSourceException;
import dev.studyportal.importer.sync.SyncReport;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A sync nobody watches (at start-up, on the schedule): it runs, and its outcome goes to the log,
 * where operators look for it. Another node's run or an unreadable source is logged, never thrown:
 * neither may stop the portal from starting or the schedule from coming round again.
 */
@Component
class UnattendedSync {

    private static final Logger log = LoggerFactory.getLogger(UnattendedSync.class);

    private final ContentSync sync;

    UnattendedSync(ContentSync sync) {
        this.sync = sync;
    }

    void run(ImportTrigger trigger) {
        try {
            report(trigger, sync.syncUnattended(trigger));
        } catch (SyncAlreadyRunningException e) {
            busy(trigger);
        } catch (BankSourceException e) {
            unreadable(trigger, e);
        }
    }

    private void report(ImportTrigger trigger, SyncReport report) {
        String when = trigger.name().toLowerCase(Locale.ROOT);
        if (report.ok()) {
            log.info(
                    "Question bank synced ({}) from {}: {} questions in {} sections, {} changed.",
                    when,
                    sync.source(),
                    report.questions(),
                    report.sections(),
                    report.changes().size());
            report.errors().forEach(error -> log.warn("Question bank: skipped {}", error));
        } else {
            log.error(
                    "The question bank at {} has {} errors; nothing was imported ({}):{}",
                    sync.source(),
                    report.errors().size(),
                    when,
                    report.errors().stream().map(e -> "\n  " + e).reduce("", String::concat));
        }
        report.warnings().forEach(warning -> log.warn("Question bank: {}", warning));
    }

    private void unreadable(ImportTrigger trigger, BankSourceException e) {
        log.error(
                "Question bank sync ({}) could not read the bank: {}",
                trigger.name().toLowerCase(Locale.ROOT),
                e.getMessage());
    }

    private void busy(ImportTrigger trigger) {
        log.info(
                "Question bank sync ({}) skipped: another node or run holds the sync lock.",
                trigger.name().toLowerCase(Locale.ROOT));
    }
}
