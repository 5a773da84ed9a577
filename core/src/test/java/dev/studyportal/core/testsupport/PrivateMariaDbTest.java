package dev.studyportal.core.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against a MariaDB server of its own ({@link PrivateMariaDbServer}, a bean the
 * test can inject), for tests that stop the database. The context is closed after the class, and the
 * server with it. Put it beside {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("mariadb")
@ExtendWith(PrivateMariaDbAvailability.class)
@ContextConfiguration(initializers = PrivateMariaDbDatabase.class)
@DirtiesContext
public @interface PrivateMariaDbTest {}
