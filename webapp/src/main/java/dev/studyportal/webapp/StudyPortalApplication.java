package dev.studyportal.webapp;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.studyportal.importer.ImporterConfiguration;
import dev.studyportal.importer.source.BankSourceProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The portal: Vaadin views over the core services, with the importer to keep the bank in sync. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(ImporterConfiguration.class)
@EnableConfigurationProperties(BankSourceProperties.class)
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
// Light or dark as the device prefers until a signed-in person's own choice (Settings) replaces it.
@ColorScheme(ColorScheme.Value.SYSTEM)
public class StudyPortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(StudyPortalApplication.class, args);
    }
}
