package dev.studyportal.core.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a plan spreads its new questions over the days, worked out from whole dates in the learner's
 * own calendar so that time zones and daylight-saving changes cannot move a day.
 *
 * @param newPerDay     new questions a day while there are some left (0 once none are, or the date has passed)
 * @param newLeft       new questions in scope not yet introduced at the start of today
 * @param firstNewDay   the first day that introduces new questions: today, or a later start
 * @param lastNewDay    the day the last of them is introduced at this pace; null when none are left
 * @param interviewDate the plan's date, if it has one
 * @param derived       whether {@code newPerDay} comes from the date rather than the learner's own budget
 * @param shortBy       how many of {@code newLeft} this pace leaves for after {@code latestNewDay}
 * @param latestNewDay  the last day a question can be introduced and still get its first review before the date
 * @param cappedAt      the Settings daily limit when it is lower than {@code newPerDay} (it is the ceiling); else null
 */
public record PlanPace(
        int newPerDay,
        int newLeft,
        LocalDate firstNewDay,
        @Nullable LocalDate lastNewDay,
        @Nullable LocalDate interviewDate,
        boolean derived,
        int shortBy,
        @Nullable LocalDate latestNewDay,
        @Nullable Integer cappedAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * The pace of a plan on {@code today}.
     *
     * @param leadDays  days a question needs between its introduction and the date for its first review (see
     *                  {@link PlanService}); the last introduction falls that many days before the date
     * @param dailyLimit the learner's Settings limit of new questions a day, the ceiling over every plan
     */
    public static PlanPace of(
            LocalDate today,
            LocalDate start,
            @Nullable LocalDate interviewDate,
            @Nullable Integer budget,
            int newLeft,
            int leadDays,
            int dailyLimit) {
        LocalDate from = start.isAfter(today) ? start : today;
        if ((interviewDate != null && interviewDate.isBefore(today)) || newLeft == 0) {
            return new PlanPace(0, newLeft, from, null, interviewDate, budget == null, 0, null, null);
        }
        LocalDate latest = null;
        int perDay;
        if (interviewDate != null) {
            latest = interviewDate.minusDays(leadDays);
            long days = latest.isBefore(from) ? 1 : ChronoUnit.DAYS.between(from, latest) + 1;
            int needed = (int) Math.ceilDiv(newLeft, days);
            perDay = budget != null ? budget : needed;
        } else {
            perDay = budget != null ? budget : Math.max(1, dailyLimit);
        }
        int effective = Math.max(1, Math.min(perDay, dailyLimit));
        LocalDate last = from.plusDays(Math.ceilDiv(newLeft, effective) - 1);
        int shortBy = 0;
        if (latest != null && last.isAfter(latest)) {
            long daysInTime = latest.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, latest) + 1;
            shortBy = (int) Math.max(0, newLeft - daysInTime * effective);
        }
        return new PlanPace(
                perDay,
                newLeft,
                from,
                last,
                interviewDate,
                budget == null,
                shortBy,
                latest,
                dailyLimit < perDay ? dailyLimit : null);
    }

    /** New questions this pace introduces on {@code day}, before any introduced on it are taken off. */
    public int newOn(LocalDate day) {
        if (lastNewDay == null || day.isBefore(firstNewDay) || day.isAfter(lastNewDay)) {
            return 0;
        }
        return cappedAt != null ? cappedAt : newPerDay;
    }

    public boolean isPassed(LocalDate today) {
        return interviewDate != null && interviewDate.isBefore(today);
    }

    /** The pace in a sentence, such as "12 new a day until 14 Jan, then reviews only." */
    public String describe(LocalDate today) {
        if (isPassed(today)) {
            return "The interview date has passed: this plan adds no new questions. Move the date or archive the plan.";
        }
        if (lastNewDay == null) {
            return "Every question in scope has been introduced: reviews only"
                    + (interviewDate == null ? "." : " until " + day(interviewDate, today) + ".");
        }
        StringBuilder text = new StringBuilder();
        if (latestNewDay != null && latestNewDay.isBefore(firstNewDay)) {
            return text.append("The interview is too close for first reviews before it: ")
                    .append(newLeft)
                    .append(" new on ")
                    .append(day(firstNewDay, today))
                    .append(newLeft > newOn(firstNewDay) ? " and the days after" : "")
                    .append(", then reviews only.")
                    .toString();
        }
        if (firstNewDay.isAfter(today)) {
            text.append("Starts ").append(day(firstNewDay, today)).append(": ");
        }
        int perDay = newOn(firstNewDay);
        text.append(perDay).append(" new a day");
        text.append(
                lastNewDay.equals(firstNewDay) ? " on " + day(lastNewDay, today) : " until " + day(lastNewDay, today));
        text.append(", then reviews only.");
        if (cappedAt != null) {
            text.append(" The plan asks for ")
                    .append(newPerDay)
                    .append(" a day; your daily limit in Settings caps it at ")
                    .append(cappedAt)
                    .append('.');
        }
        if (shortBy > 0 && latestNewDay != null && interviewDate != null) {
            text.append(" At this pace ")
                    .append(shortBy)
                    .append(shortBy == 1 ? " question comes" : " questions come")
                    .append(" too late for a first review before ")
                    .append(day(interviewDate, today))
                    .append('.');
        }
        return text.toString();
    }

    private static String day(LocalDate day, LocalDate today) {
        return (day.getYear() == today.getYear() ? DAY : DAY_AND_YEAR).format(day);
    }
}
