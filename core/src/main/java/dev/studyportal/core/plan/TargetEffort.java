package dev.studyportal.core.plan;

/**
 * What it takes to reach the target readiness on the date.
 *
 * @param reachable     whether any pace that leaves each question time for its first review reaches it
 * @param newPerDay     the fewest new questions a day that reach it (when unreachable: all of them as soon as possible)
 * @param minutesPerDay the daily study time that takes, new questions and reviews, at the learner's median answer time
 * @param readiness     the readiness on the date at that pace
 */
public record TargetEffort(boolean reachable, int newPerDay, int minutesPerDay, double readiness) {}
