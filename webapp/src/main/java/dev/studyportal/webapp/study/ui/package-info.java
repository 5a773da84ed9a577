/** Studying: today, the review session, the library and a question with its note and progress. */
@NullMarked
package dev.studyportal.webapp.study.ui;

import org.jspecify.annotations.NullMarked;
