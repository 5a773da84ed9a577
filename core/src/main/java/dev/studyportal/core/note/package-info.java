/**
 * Learners' notes on questions. A note is private to its author; they may share it with any cohort they are
 * in ({@link dev.studyportal.core.note.SharedNoteService}). What is shared is a copy taken at sharing, not the
 * live note: the author keeps editing their own note in private, members read what the author chose to
 * publish, and "share again" brings the copy up to date. Shared notes show only to current members of that
 * cohort, and only while the author is still one of them.
 */
@NullMarked
package dev.studyportal.core.note;

import org.jspecify.annotations.NullMarked;
