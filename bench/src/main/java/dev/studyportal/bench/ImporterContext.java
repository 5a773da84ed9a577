package dev.studyportal.bench;

import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.sync.BankSynchronizer;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The importer as the command line assembles it, on one bench database that Flyway migrates on
 * start, with Hibernate's statistics switched on so that writes can be counted.
 */
final class ImporterContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ImporterContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static ImporterContext start(BenchServer server, String database) {
        return start(server, database, true);
    }

    /** With {@code countWrites} false Hibernate keeps no statistics, so that timings carry none of their cost. */
    static ImporterContext start(BenchServer server, String database, boolean countWrites) {
        // Passed as command-line properties, as SyncCommand does: they outrank core's embedded-database default.
        List<String> properties = new ArrayList<>();
        properties.add("--logging.config=classpath:studyportal-cli-logback.xml");
        properties.add("--spring.main.banner-mode=off");
        properties.add("--spring.main.log-startup-info=false");
        // MariaDB notes that it ignores the names of primary keys, once per table: noise in a report.
        properties.add("--logging.level.org.flywaydb.core.internal.sqlscript=ERROR");
        properties.add("--spring.datasource.url=" + server.databaseUrl(database));
        properties.add("--spring.datasource.username=" + server.user());
        properties.add("--spring.datasource.password=" + server.password());
        properties.add("--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver");
        properties.add("--spring.jpa.properties.hibernate.generate_statistics=" + countWrites);
        return new ImporterContext(new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE)
                .run(properties.toArray(String[]::new)));
    }

    BankImporter importer() {
        return context.getBean(BankImporter.class);
    }

    BankSynchronizer synchronizer() {
        return context.getBean(BankSynchronizer.class);
    }

    /** Any bean of the context: the core services the readiness and dashboard benchmarks call. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Statistics statistics() {
        return context.getBean(EntityManagerFactory.class)
                .unwrap(SessionFactory.class)
                .getStatistics();
    }

    @Override
    public void close() {
        context.close();
    }
}
