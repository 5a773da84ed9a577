package dev.studyportal.core.cohort;

import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cohort's page as one member sees it: the cohort, the caller's own role and sharing, every member with
 * the figures of those who share, and the latest of the feed.
 */
public record CohortBoard(
        long id,
        String name,
        @Nullable String description,
        ZoneId timeZone,
        boolean archived,
        CohortRole yourRole,
        boolean youShare,
        List<MemberStanding> members,
        List<ActivityItem> activity) {

    /** Whether the caller may manage the cohort: name, invitations, roles, archive. */
    public boolean youOwn() {
        return yourRole.owns();
    }
}
