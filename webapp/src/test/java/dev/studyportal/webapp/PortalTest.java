package dev.studyportal.webapp;

import dev.studyportal.core.testsupport.MariaDbTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole portal on a fresh MariaDB database, with the project's own bank imported at start-up.
 * Every view test shares this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = StudyPortalApplication.class, properties = "studyportal.import.source.path=../docs")
@MariaDbTest
public @interface PortalTest {}
