/** The question-set views: a person's sets (/sets) and one set being built from the library (/sets/{id}). */
@NullMarked
package dev.studyportal.webapp.questionset.ui;

import org.jspecify.annotations.NullMarked;
