package dev.studyportal.core.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each Spring test context a database of its own on the MariaDB server, reached through
 * MySQL Connector/J as production reaches MySQL, and drops it when the context closes.
 */
public class MariaDbTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "studyportal_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = MariaDb.connect()) {
            MariaDb.createDatabase(connection, database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The database tests need MariaDB or MySQL at " + MariaDb.SERVER_URL + " (user " + MariaDb.USER
                            + "): " + e.getMessage(),
                    e);
        }

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", MariaDb.databaseUrl(database));
        properties.put("spring.datasource.username", MariaDb.USER);
        properties.put("spring.datasource.password", MariaDb.PASSWORD);
        properties.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
        // No dialect setting: Hibernate is told MariaDB from MySQL as in production (core.database).
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("mariaDbTestDatabase", properties));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                drop(database);
            }
        });
    }

    private static void drop(String database) {
        try (Connection connection = MariaDb.connect()) {
            MariaDb.dropDatabase(connection, database);
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + database + ": " + e.getMessage());
        }
    }
}
