/**
 * Question sets: an author's ordered selections of questions from the bank, built from the library and
 * assigned to cohorts. A set follows its questions through bank edits by their identity.
 */
@NullMarked
package dev.studyportal.core.questionset;

import org.jspecify.annotations.NullMarked;
