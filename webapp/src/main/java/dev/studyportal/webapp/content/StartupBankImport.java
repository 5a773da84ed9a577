package dev.studyportal.webapp.content;

import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.sync.SyncReport;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Syncs the bank once the portal has started. A bank with errors is reported and leaves the
 * database as it was: the portal still starts and serves the content it had.
 */
@Component
class StartupBankImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupBankImport.class);

    private final BankImporter importer;
    private final ImportProperties properties;

    StartupBankImport(BankImporter importer, ImportProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.onStartup()) {
            return;
        }
        if (!Files.isDirectory(properties.sourceFolder())) {
            log.warn("No question bank at {}; set studyportal.import.source to its folder.",
                    properties.sourceFolder().toAbsolutePath());
            return;
        }
        SyncReport report = importer.sync(properties.sourceFolder(), false);
        if (report.ok()) {
            log.info("Question bank synced from {}: {} questions in {} sections, {} changed.",
                    properties.sourceFolder(), report.questions(), report.sections(), report.changes().size());
        } else {
            log.error("The question bank at {} has {} errors; nothing was imported:{}", properties.sourceFolder(),
                    report.errors().size(), report.errors().stream().map(e -> "\n  " + e).reduce("", String::concat));
        }
        report.warnings().forEach(warning -> log.warn("Question bank: {}", warning));
    }
}
