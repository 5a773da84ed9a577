package dev.studyportal.core.account;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How a learner studies: the recall probability FSRS aims for when a card falls due, how many new
 * questions and reviews a day at most, and the time zone whose midnight starts their day.
 */
public record StudyPreferences(double desiredRetention, int dailyNewLimit, int dailyReviewLimit, ZoneId timeZone) {

    public static final StudyPreferences DEFAULTS = new StudyPreferences(0.9, 20, 200, ZoneId.of("UTC"));

    public StudyPreferences {
        Objects.requireNonNull(timeZone, "timeZone");
        if (!(desiredRetention >= 0.7 && desiredRetention <= 0.97)) {
            throw new InvalidAccountDetailsException(
                    "desiredRetention", "Choose a target recall between 70% and 97%; 90% suits most people.");
        }
        if (dailyNewLimit < 0 || dailyNewLimit > 500) {
            throw new InvalidAccountDetailsException("dailyNewLimit", "Choose between 0 and 500 new questions a day.");
        }
        if (dailyReviewLimit < 1 || dailyReviewLimit > 5000) {
            throw new InvalidAccountDetailsException("dailyReviewLimit", "Choose between 1 and 5000 reviews a day.");
        }
    }

    public StudyPreferences inZone(ZoneId zone) {
        return new StudyPreferences(desiredRetention, dailyNewLimit, dailyReviewLimit, zone);
    }
}
