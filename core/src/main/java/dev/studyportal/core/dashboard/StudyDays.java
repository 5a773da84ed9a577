package dev.studyportal.core.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The dashboard's calendar day of a stored instant, as SQL, for features that compute the {@link Streak}
 * rules of many learners in one aggregate query (a cohort's board) rather than one dashboard each. No data
 * is read here; the caller's own guard decides whose days it may count.
 */
public final class StudyDays {

    private StudyDays() {}

    /**
     * The day number of {@code column} in {@code zone}, exact from {@code from} to {@code to}; parameters are
     * named with {@code prefix} and must be bound as given.
     */
    public static Expression dayNumber(String column, ZoneId zone, Instant from, Instant to, String prefix) {
        LocalDayExpression expression = LocalDayExpression.of(column, zone, from, to, prefix);
        return new Expression(expression.sql(), expression.parameters());
    }

    /** The number {@link #dayNumber} gives instants on {@code day}. */
    public static long numberOf(LocalDate day) {
        return day.toEpochDay()
                - LocalDate.ofInstant(LocalDayExpression.ORIGIN, ZoneId.of("UTC"))
                        .toEpochDay();
    }

    /** SQL with named parameters. */
    public record Expression(String sql, Map<String, Object> parameters) {}
}
