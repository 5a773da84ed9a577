package dev.studyportal.core.note;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether the learner's note on a question is shared with one of their cohorts.
 *
 * @param sharedAt  when the copy members read was taken; null when the note is not shared there
 * @param upToDate  whether that copy still says what the note says now
 * @param archived  an archived cohort is read-only: nothing more can be shared there, only withdrawn
 */
public record NoteSharing(
        long cohortId,
        String cohortName,
        boolean archived,
        @Nullable Instant sharedAt,
        boolean upToDate) {

    public boolean shared() {
        return sharedAt != null;
    }
}
