package dev.studyportal.webapp.content;

import dev.studyportal.core.importhistory.ImportTrigger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Syncs the bank on the cron schedule of {@code studyportal.import.schedule} ("-", the default,
 * means never). When several nodes share the database, the importer's lock lets one of them run
 * it and the others skip that turn.
 */
@Component
class ScheduledBankSync {

    private final UnattendedSync sync;

    ScheduledBankSync(UnattendedSync sync) {
        this.sync = sync;
    }

    @Scheduled(cron = "${studyportal.import.schedule:-}")
    void syncOnSchedule() {
        sync.run(ImportTrigger.SCHEDULE);
    }
}
