package dev.studyportal.core.importhistory;

import java.util.Locale;

/** What a sync did to one question. A question gets one kind per run, the first that applies in this order. */
public enum ChangeKind {
    ADDED,
    REVIVED,
    UPDATED,
    MOVED,
    RETIRED;

    /** The word the CLI's JSON uses. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
