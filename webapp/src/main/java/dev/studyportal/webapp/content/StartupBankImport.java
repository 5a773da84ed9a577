package dev.studyportal.webapp.content;

import dev.studyportal.core.importhistory.ImportTrigger;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Syncs the bank once the portal has started. A bank with errors is reported and leaves the
 * database as it was: the portal still starts and serves the content it had.
 */
@Component
class StartupBankImport implements ApplicationRunner {

    private final UnattendedSync sync;
    private final ImportProperties properties;

    StartupBankImport(UnattendedSync sync, ImportProperties properties) {
        this.sync = sync;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.onStartup()) {
            sync.run(ImportTrigger.STARTUP);
        }
    }
}
