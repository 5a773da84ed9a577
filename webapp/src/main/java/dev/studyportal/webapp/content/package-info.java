/** Keeps the question bank in the database in step with its Markdown: at start-up, on a schedule and on upload. */
@NullMarked
package dev.studyportal.webapp.content;

import org.jspecify.annotations.NullMarked;
