package dev.studyportal.core.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link NestedConnectionReserve} around the portal's pool, whichever database it reaches, so that the
 * importer, the command line and the web application all get it. {@code studyportal.database.nested-connections}
 * sizes the reserve (2 by default; 0 turns it off).
 */
@Component
class NestedConnectionReserveSetup implements BeanPostProcessor {

    private final Environment environment;

    NestedConnectionReserveSetup(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        // Every bean of the application passes here: look at the property only for the pool.
        if (bean instanceof HikariDataSource pool) {
            int size = environment.getProperty("studyportal.database.nested-connections", Integer.class, 2);
            return size > 0 ? NestedConnectionReserve.around(pool, size) : pool;
        }
        return bean;
    }
}
