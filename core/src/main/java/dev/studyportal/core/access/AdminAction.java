package dev.studyportal.core.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * An administrator acting in their own name: the caller has the ADMIN role, and the method's
 * {@code admin} argument, under which the action is logged and recorded, is the name they are signed
 * in as. No administrator can make the record say that somebody else did it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('ADMIN') and #admin == authentication.name")
public @interface AdminAction {}
