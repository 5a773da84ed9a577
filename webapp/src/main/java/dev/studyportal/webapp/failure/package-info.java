/**
 * What a person sees when something fails: a notice that says what happened and what to do, never
 * a stack trace; a database out of reach is told apart from everything else.
 */
@NullMarked
package dev.studyportal.webapp.failure;

import org.jspecify.annotations.NullMarked;
