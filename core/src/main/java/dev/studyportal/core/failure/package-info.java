/**
 * Telling failures apart for whoever reports them: a database out of reach from everything else, and a
 * reference that ties what a person is told to the logged details. Shared by the portal and the command line.
 */
@NullMarked
package dev.studyportal.core.failure;

import org.jspecify.annotations.NullMarked;
