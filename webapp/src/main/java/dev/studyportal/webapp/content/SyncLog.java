package dev.studyportal.webapp.content;

import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.source.BankSourceException;
import dev.studyportal.importer.sync.SyncReport;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes the outcome of an unattended sync to the log, where operators look for it. */
@Component
class SyncLog {

    private static final Logger log = LoggerFactory.getLogger(SyncLog.class);

    private final ContentSync sync;

    SyncLog(ContentSync sync) {
        this.sync = sync;
    }

    void report(ImportTrigger trigger, SyncReport report) {
        String when = trigger.name().toLowerCase(Locale.ROOT);
        if (report.ok()) {
            log.info("Question bank synced ({}) from {}: {} questions in {} sections, {} changed.", when,
                    sync.source(), report.questions(), report.sections(), report.changes().size());
            report.errors().forEach(error -> log.warn("Question bank: skipped {}", error));
        } else {
            log.error("The question bank at {} has {} errors; nothing was imported ({}):{}", sync.source(),
                    report.errors().size(), when,
                    report.errors().stream().map(e -> "\n  " + e).reduce("", String::concat));
        }
        report.warnings().forEach(warning -> log.warn("Question bank: {}", warning));
    }

    void unreadable(ImportTrigger trigger, BankSourceException e) {
        log.error("Question bank sync ({}) could not read the bank: {}", trigger.name().toLowerCase(Locale.ROOT),
                e.getMessage());
    }

    void busy(ImportTrigger trigger) {
        log.info("Question bank sync ({}) skipped: another node or run holds the sync lock.",
                trigger.name().toLowerCase(Locale.ROOT));
    }
}
