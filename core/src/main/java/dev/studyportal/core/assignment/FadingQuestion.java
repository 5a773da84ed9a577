package dev.studyportal.core.assignment;

/**
 * A question the class is about to forget: its average FSRS retrievability over the members who have rated it
 * falls below 80% within 7 days ({@link AssignmentQueries#QUESTION_FIGURES}).
 *
 * @param retrievabilityNow   the members' average probability of recall now, 0 to 1
 * @param retrievabilityLater the same in 7 days
 */
public record FadingQuestion(
        long questionId, String title, int learners, double retrievabilityNow, double retrievabilityLater) {}
