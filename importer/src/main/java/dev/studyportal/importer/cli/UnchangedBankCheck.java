package dev.studyportal.importer.cli;

import dev.studyportal.core.embedded.EmbeddedDatabaseLockdown;
import dev.studyportal.importer.sync.UnchangedBank;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.PropertySource;

/**
 * The small context the command line starts first: the data source as the full one configures it and
 * {@link UnchangedBank}, nothing of JPA, Flyway or the importer. A bank found unchanged is answered from
 * here; anything else closes it and starts {@link ImporterApplication}.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@PropertySource("classpath:studyportal-core.properties")
@ComponentScan(
        basePackageClasses = UnchangedBank.class,
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "dev\\.studyportal\\.importer\\.sync\\.(UnchangedBank|BankState)"))
class UnchangedBankCheck {

    /** The embedded database's password is made and read as the full context does (CoreConfiguration). */
    @Bean
    static EmbeddedDatabaseLockdown embeddedDatabaseLockdown() {
        return new EmbeddedDatabaseLockdown();
    }
}
