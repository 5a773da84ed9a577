package dev.studyportal.webapp.content;

import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.SyncAlreadyRunningException;
import dev.studyportal.importer.source.BankSourceException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Syncs the bank once the portal has started. A bank with errors is reported and leaves the
 * database as it was: the portal still starts and serves the content it had.
 */
@Component
class StartupBankImport implements ApplicationRunner {

    private final ContentSync sync;
    private final ImportProperties properties;
    private final SyncLog log;

    StartupBankImport(ContentSync sync, ImportProperties properties, SyncLog log) {
        this.sync = sync;
        this.properties = properties;
        this.log = log;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.onStartup()) {
            return;
        }
        try {
            log.report(ImportTrigger.STARTUP, sync.syncUnattended(ImportTrigger.STARTUP));
        } catch (SyncAlreadyRunningException e) {
            log.busy(ImportTrigger.STARTUP);
        } catch (BankSourceException e) {
            log.unreadable(ImportTrigger.STARTUP, e);
        }
    }
}
