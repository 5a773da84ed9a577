package dev.studyportal.core.note;

/** Who may read a note besides its author. */
public enum NoteVisibility {
    PRIVATE,
    COHORT
}
