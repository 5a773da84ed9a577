package dev.studyportal.core.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Due dates are days in the cohort's time zone: "due on the 14th" means until midnight at the end of the 14th
 * there, the same moment for every member wherever they live. A member in Auckland and one in Honolulu see the
 * same deadline, each in their own clock.
 */
public final class DueDate {

    private DueDate() {}

    /** The first instant after the due day in {@code zone}: work done before it is on time. */
    public static Instant endOf(LocalDate dueDate, ZoneId zone) {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day it is at {@code now} in the cohort's zone: the earliest a new or extended due date may be. */
    public static LocalDate today(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate();
    }
}
