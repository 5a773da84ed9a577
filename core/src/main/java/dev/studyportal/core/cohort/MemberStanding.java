package dev.studyportal.core.cohort;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One member on a cohort's board. The figures are there only when the member shares with the cohort;
 * otherwise they are {@code null}, and the board shows the member without them.
 *
 * @param memberId       the membership's id, which the cohort's role and removal methods take
 * @param masteryPercent the member's mastered questions as a share of the bank's active ones (0–100)
 * @param streakDays     the member's current streak, by the dashboard's rules
 */
public record MemberStanding(
        long memberId,
        String displayName,
        CohortRole role,
        Instant joinedAt,
        boolean sharing,
        boolean you,
        @Nullable Integer masteryPercent,
        @Nullable Integer streakDays) {}
