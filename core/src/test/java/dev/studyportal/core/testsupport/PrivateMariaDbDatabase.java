package dev.studyportal.core.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a Spring test context a {@link PrivateMariaDbServer} of its own, reachable as a bean so the
 * test can kill and restart it; the server is removed when the context closes.
 */
public class PrivateMariaDbDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "studyportal";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PrivateMariaDbServer server = PrivateMariaDbServer.install().start();
        server.createDatabase(DATABASE);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.jdbcUrl(DATABASE));
        properties.put("spring.datasource.username", "root");
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("privateMariaDb", properties));
        context.getBeanFactory().registerSingleton("privateMariaDbServer", server);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                server.close();
            }
        });
    }
}
