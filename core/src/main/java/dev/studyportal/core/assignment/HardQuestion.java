package dev.studyportal.core.assignment;

import org.jspecify.annotations.Nullable;

/**
 * A question the class finds hard, with the three figures that say so.
 *
 * @param learners         members who have rated it
 * @param lapseRate        lapses per rating over those members' cards (0 to 1)
 * @param againShare       the share of their ratings that were Again (0 to 1), kept on their cards; null without any
 * @param averageStability their average stability in days, over cards on day intervals; null when none are
 */
public record HardQuestion(
        long questionId,
        String title,
        int learners,
        double lapseRate,
        @Nullable Double againShare,
        @Nullable Double averageStability) {}
