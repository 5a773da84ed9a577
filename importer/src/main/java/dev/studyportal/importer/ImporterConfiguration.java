package dev.studyportal.importer;

import dev.studyportal.core.CoreConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/** Brings the importer into an application, with the core it writes to. The command line is not part of it. */
@Configuration(proxyBeanMethods = false)
@Import(CoreConfiguration.class)
@ComponentScan(excludeFilters = @Filter(type = FilterType.REGEX, pattern = "dev\\.studyportal\\.importer\\.cli\\..*"))
public class ImporterConfiguration {}
