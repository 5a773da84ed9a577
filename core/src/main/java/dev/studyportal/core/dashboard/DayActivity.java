package dev.studyportal.core.dashboard;

import java.time.LocalDate;

/**
 * What a learner did on one day of their own calendar: ratings given, time spent looking at questions,
 * and of the ratings of cards in review state how many were not "Again" (true retention's counts).
 */
public record DayActivity(LocalDate day, long reviews, long durationMs, long matureReviews, long matureRecalled) {}
