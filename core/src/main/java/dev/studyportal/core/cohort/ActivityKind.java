package dev.studyportal.core.cohort;

/**
 * What a cohort's feed records. Comings and goings are seen by every member, as the member list shows
 * them anyway; progress is seen only while its person shares with the cohort.
 */
public enum ActivityKind {
    JOINED(false),
    LEFT(false),
    REMOVED(false),
    /** A streak reached 7, 30 or 100 days; the detail is the number of days. */
    STREAK_MILESTONE(true),
    /** Recorded by the assignments feature; the detail names the assignment. */
    ASSIGNMENT_FINISHED(true);

    private final boolean progress;

    ActivityKind(boolean progress) {
        this.progress = progress;
    }

    /** Whether the entry tells of the person's progress, and so shows only while they share. */
    public boolean isProgress() {
        return progress;
    }
}
