package dev.studyportal.core.review;

/**
 * A learner's ratings that stand since a moment, as the daily limits count them.
 *
 * @param introduced first ratings of questions new to the learner: the new-question limit counts these
 * @param repeated   ratings of questions seen before: the review limit counts these
 */
public record RatedSince(long introduced, long repeated) {

    int total() {
        return Math.toIntExact(introduced + repeated);
    }
}
