package dev.studyportal.core.note;

import java.time.Instant;

/** A fellow member's note on a question, as they shared it with a cohort the reader is in. */
public record CohortNote(long cohortId, String cohortName, String authorName, String body, Instant sharedAt) {}
