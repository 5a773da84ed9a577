package dev.studyportal.core.dashboard;

import java.time.LocalDate;

/** How many of a learner's cards fall due on one day of their calendar; overdue cards count on today. */
public record DueDay(LocalDate day, long cards) {}
