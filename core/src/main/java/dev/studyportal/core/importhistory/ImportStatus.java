package dev.studyportal.core.importhistory;

/** How a run ended. A failed run changed no content; a partial one skipped files that had errors. */
public enum ImportStatus {
    SUCCEEDED,
    PARTIAL,
    FAILED
}
