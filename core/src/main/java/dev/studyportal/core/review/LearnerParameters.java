package dev.studyportal.core.review;

import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.review.fsrs.FsrsParameters;

/** The FSRS parameters a learner's cards are scheduled with, for every feature that forecasts them. */
public final class LearnerParameters {

    private LearnerParameters() {}

    public static FsrsParameters of(StudyPreferences preferences) {
        return FsrsParameters.defaults().withDesiredRetention(preferences.desiredRetention());
    }
}
