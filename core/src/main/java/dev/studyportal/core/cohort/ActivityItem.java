package dev.studyportal.core.cohort;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a cohort's feed, as its members read it. */
public record ActivityItem(
        Instant at, String who, ActivityKind kind, @Nullable String detail) {

    /** The line in plain words, e.g. "Ana reached a 30-day streak". */
    public String text() {
        return switch (kind) {
            case JOINED -> who + " joined";
            case LEFT -> who + " left";
            case REMOVED -> who + " was removed";
            case STREAK_MILESTONE -> who + " reached a " + detail + "-day streak";
            case ASSIGNMENT_FINISHED -> who + " finished " + (detail == null ? "an assignment" : detail);
        };
    }
}
