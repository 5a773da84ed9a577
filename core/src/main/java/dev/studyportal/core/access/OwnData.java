package dev.studyportal.core.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only the signed-in person may call this, and only for themselves: the method's {@code username}
 * argument must be the name they are signed in as. Nobody reads or changes another person's cards,
 * notes, settings or account through it, administrators included; they have their own services.
 * <p>
 * {@code isAuthenticated()} comes first so that an anonymous visitor can never pass by naming the
 * anonymous user.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("isAuthenticated() and #username == authentication.name")
public @interface OwnData {}
