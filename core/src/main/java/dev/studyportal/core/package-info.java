/** The domain: sections, questions, progress, plans and cohorts, their schema and services. No web code. */
@NullMarked
package dev.studyportal.core;

import org.jspecify.annotations.NullMarked;
