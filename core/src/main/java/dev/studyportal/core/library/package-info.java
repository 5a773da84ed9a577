/** The library as one learner sees it: the bank joined with their own progress, searchable and filterable. */
@NullMarked
package dev.studyportal.core.library;

import org.jspecify.annotations.NullMarked;
