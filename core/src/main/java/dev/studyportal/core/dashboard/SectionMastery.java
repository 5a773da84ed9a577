package dev.studyportal.core.dashboard;

/**
 * How far a learner is with the active questions of one section, by {@link dev.studyportal.core.review.CardStatus}:
 * never reviewed, learning, in review, mastered.
 */
public record SectionMastery(
        long sectionId, String pageTitle, String sectionTitle, long fresh, long learning, long review, long mastered) {

    public long total() {
        return fresh + learning + review + mastered;
    }
}
