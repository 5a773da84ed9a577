/**
 * How Hibernate is told which database server it talks to, where the driver does not say it plainly.
 */
@NullMarked
package dev.studyportal.core.database;

import org.jspecify.annotations.NullMarked;
