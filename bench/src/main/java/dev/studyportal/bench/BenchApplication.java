package dev.studyportal.bench;

import dev.studyportal.importer.ImporterConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The context the importer's command line runs in (importer, core, a data source, Flyway; no web),
 * rebuilt here because the command line's own class is private to its package.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ImporterConfiguration.class)
class BenchApplication {}
