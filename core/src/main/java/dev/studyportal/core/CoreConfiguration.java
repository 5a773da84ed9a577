package dev.studyportal.core;

import dev.studyportal.core.account.PasswordResetProperties;
import dev.studyportal.core.embedded.EmbeddedDatabaseLockdown;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Brings the domain into an application: entities, repositories and services of every core feature,
 * and the persistence defaults they rely on (an application's own properties override them).
 * The importer and the portal both import it, so neither depends on where the other's main class lives.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EntityScan
@EnableJpaRepositories
@EnableTransactionManagement
@EnableConfigurationProperties(PasswordResetProperties.class)
@PropertySource("classpath:studyportal-core.properties")
public class CoreConfiguration {

    /** Static: it must see the datasource settings before the beans that connect are made. */
    @Bean
    static EmbeddedDatabaseLockdown embeddedDatabaseLockdown() {
        return new EmbeddedDatabaseLockdown();
    }

    /** One clock for every service, so tests can stand at any moment. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
