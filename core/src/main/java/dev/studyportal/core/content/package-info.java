/**
 * The question bank as learners see it: pages, sections, questions with stable keys, and the
 * history of each question's content. The importer writes it; everything else reads it.
 */
@NullMarked
package dev.studyportal.core.content;

import org.jspecify.annotations.NullMarked;
