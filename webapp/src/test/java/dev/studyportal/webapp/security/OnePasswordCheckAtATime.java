package dev.studyportal.webapp.security;

import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.SeparatePortal;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

/**
 * A portal of its own that runs one password check at a time and waits 200 ms for a turn, so that a
 * {@link HeldPasswordCheck} fills it at once. One annotation, so that every test of a full gate shares one such
 * portal rather than each starting another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@PortalTest
@TestPropertySource(
        properties = {"studyportal.security.password-checks-at-once=1", "studyportal.security.password-check-wait=200ms"
        })
@ExtendWith(SeparatePortal.class)
public @interface OnePasswordCheckAtATime {}
