package dev.studyportal.webapp.content;

import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.SyncAlreadyRunningException;
import dev.studyportal.importer.source.BankSourceException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Syncs the bank on the cron schedule of {@code studyportal.import.schedule} ("-", the default,
 * means never). When several nodes share the database, the importer's lock lets one of them run
 * it and the others skip that turn.
 */
@Component
class ScheduledBankSync {

    private final ContentSync sync;
    private final SyncLog log;

    ScheduledBankSync(ContentSync sync, SyncLog log) {
        this.sync = sync;
        this.log = log;
    }

    @Scheduled(cron = "${studyportal.import.schedule:-}")
    void syncOnSchedule() {
        try {
            log.report(ImportTrigger.SCHEDULE, sync.syncUnattended(ImportTrigger.SCHEDULE));
        } catch (SyncAlreadyRunningException e) {
            log.busy(ImportTrigger.SCHEDULE);
        } catch (BankSourceException e) {
            log.unreadable(ImportTrigger.SCHEDULE, e);
        }
    }
}
