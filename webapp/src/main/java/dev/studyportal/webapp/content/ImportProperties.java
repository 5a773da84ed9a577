package dev.studyportal.webapp.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the portal syncs the question bank; where it comes from is {@code studyportal.import.source.*}
 * ({@link dev.studyportal.importer.source.BankSourceProperties}).
 *
 * @param onStartup   sync at start-up, so a fresh portal has questions without a separate step
 * @param schedule    a Spring cron expression for unattended syncs ("0 0 * * * *": hourly), or "-" for none
 * @param skipInvalid let unattended syncs apply the valid files when some have errors, instead of
 *                    refusing the run; the invalid files' questions stay as they were either way
 */
@ConfigurationProperties("studyportal.import")
public record ImportProperties(
        @DefaultValue("true") boolean onStartup,
        @DefaultValue("-") String schedule,
        @DefaultValue("false") boolean skipInvalid) {}
