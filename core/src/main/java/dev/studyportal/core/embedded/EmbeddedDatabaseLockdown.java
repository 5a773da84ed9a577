package dev.studyportal.core.embedded;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Keeps the embedded H2 database to this machine. Its {@code AUTO_SERVER} mode, which lets the importer's
 * command line sync while the portal runs, opens a TCP server that H2 binds to every interface unless
 * told otherwise; and the database's only user had an empty password. Applied to the datasource settings
 * before any connection is made, in every application that imports core; a database elsewhere (MySQL,
 * MariaDB) is left as configured.
 */
public final class EmbeddedDatabaseLockdown implements BeanPostProcessor {

    /** H2's own system property for the address its servers listen on. */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties settings && settings.getUrl() instanceof String url) {
            EmbeddedDatabaseFile.of(url).ifPresent(database -> lockDown(settings, database, url));
        }
        return bean;
    }

    private static void lockDown(DataSourceProperties settings, EmbeddedDatabaseFile database, String url) {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
        String password = settings.getPassword();
        if (password == null || password.isEmpty()) {
            String user = settings.getUsername() == null ? "sa" : settings.getUsername();
            settings.setPassword(EmbeddedDatabasePassword.forDatabase(database, url, user));
        }
    }
}
