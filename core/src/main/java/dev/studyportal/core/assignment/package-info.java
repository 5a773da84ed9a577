/**
 * Assignments and class analytics: a question set handed to a cohort with a due date read in the cohort's
 * time zone, each member's state against the written completion rule ({@link
 * dev.studyportal.core.assignment.CompletionRule}), and what only the cohort's owners and instructors see: the
 * progress matrix, hardest questions, questions the class is about to forget, and who is behind. Every read
 * is an aggregate query ({@link dev.studyportal.core.assignment.AssignmentQueries}); who may do what is
 * asked of {@link dev.studyportal.core.cohort.CohortAccess}.
 */
@NullMarked
package dev.studyportal.core.assignment;

import org.jspecify.annotations.NullMarked;
