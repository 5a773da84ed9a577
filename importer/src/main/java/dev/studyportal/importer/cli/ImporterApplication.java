package dev.studyportal.importer.cli;

import dev.studyportal.importer.ImporterConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The Spring context the command line runs in: the importer, core, a data source, Flyway; no web. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ImporterConfiguration.class)
class ImporterApplication {}
