package dev.studyportal.core.dashboard;

import dev.studyportal.core.review.ReviewRollup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL that turns a stored instant into the learner's calendar day, as a day number counted from
 * {@link #ORIGIN}, the same on H2 and MariaDB. Time-zone tables are not loaded on every MySQL or MariaDB
 * server (and H2 has none), so the zone's offsets are written into the statement: between two
 * transitions of the zone (summer time starting or ending) the offset is fixed, and a {@code CASE}
 * picks the offset of the period the instant falls in. Two years of a zone with summer time make five
 * periods.
 */
final class LocalDayExpression {

    /** Midnight UTC, day number 0, where quarter hour 0 starts too. Stored instants are UTC (hibernate.jdbc.time_zone). */
    static final Instant ORIGIN = ReviewRollup.ORIGIN;

    private static final long ORIGIN_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private final String sql;
    private final Map<String, Object> parameters;

    private LocalDayExpression(String sql, Map<String, Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    /**
     * The day number of {@code column} in {@code zone}, exact for instants from {@code from} to {@code to}
     * (earlier ones get the offset in force at {@code from}, later ones the offset at {@code to}).
     * Parameters are named with {@code prefix}.
     */
    static LocalDayExpression of(String column, ZoneId zone, Instant from, Instant to, String prefix) {
        Periods periods = Periods.of(zone, from, to);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(prefix + "Origin", ORIGIN);
        String offset;
        if (periods.changes().isEmpty()) {
            offset = Integer.toString(periods.offsets().getFirst().getTotalSeconds());
        } else {
            StringBuilder cases = new StringBuilder("case");
            for (int i = 0; i < periods.changes().size(); i++) {
                String name = prefix + "Change" + i;
                parameters.put(name, periods.changes().get(i));
                cases.append(" when ")
                        .append(column)
                        .append(" < :")
                        .append(name)
                        .append(" then ")
                        .append(periods.offsets().get(i).getTotalSeconds());
            }
            offset = cases.append(" else ")
                    .append(periods.offsets().getLast().getTotalSeconds())
                    .append(" end")
                    .toString();
        }
        // Offsets are whole seconds the zone rules give, never input, so they are safe to write in.
        String sql = "floor((timestampdiff(SECOND, :%sOrigin, %s) + %s) / 86400)".formatted(prefix, column, offset);
        return new LocalDayExpression(sql, parameters);
    }

    /**
     * The day number of {@code column}, a quarter hour counted from {@link ReviewRollup#ORIGIN} (which is
     * {@link #ORIGIN}), in {@code zone}, exact for quarter hours from {@code from} to {@code to} as {@link #of} is.
     * Empty when an offset of the zone in that time, or one of its changes, does not fall on a quarter hour: then a
     * quarter hour may belong to two days, and only the instants themselves can tell.
     */
    static Optional<LocalDayExpression> ofQuarterHours(
            String column, ZoneId zone, Instant from, Instant to, String prefix) {
        Periods periods = Periods.of(zone, from, to);
        long quarter = ReviewRollup.QUARTER_HOUR.toSeconds();
        if (periods.offsets().stream().anyMatch(offset -> offset.getTotalSeconds() % quarter != 0)
                || periods.changes().stream().anyMatch(change -> change.getEpochSecond() % quarter != 0)) {
            return Optional.empty();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String offset;
        if (periods.changes().isEmpty()) {
            offset = Long.toString(periods.offsets().getFirst().getTotalSeconds() / quarter);
        } else {
            StringBuilder cases = new StringBuilder("case");
            for (int i = 0; i < periods.changes().size(); i++) {
                String name = prefix + "Change" + i;
                parameters.put(name, ReviewRollup.quarterHour(periods.changes().get(i)));
                cases.append(" when ")
                        .append(column)
                        .append(" < :")
                        .append(name)
                        .append(" then ")
                        .append(periods.offsets().get(i).getTotalSeconds() / quarter);
            }
            offset = cases.append(" else ")
                    .append(periods.offsets().getLast().getTotalSeconds() / quarter)
                    .append(" end")
                    .toString();
        }
        // Whole numbers on both databases: the sum is never negative for a rating after 2 January 2000, so H2's
        // integer division and MariaDB's floor of a decimal agree.
        String sql = "floor((%s + %s) / %d)"
                .formatted(column, offset, Duration.ofDays(1).toSeconds() / quarter);
        return Optional.of(new LocalDayExpression(sql, parameters));
    }

    /** The zone's offsets from {@code from} to {@code to}: offsets.get(i) holds until changes.get(i). */
    private record Periods(List<Instant> changes, List<ZoneOffset> offsets) {
        static Periods of(ZoneId zone, Instant from, Instant to) {
            ZoneRules rules = zone.getRules();
            List<Instant> changes = new ArrayList<>();
            List<ZoneOffset> offsets = new ArrayList<>();
            offsets.add(rules.getOffset(from));
            ZoneOffsetTransition next = rules.nextTransition(from);
            while (next != null && next.getInstant().isBefore(to)) {
                changes.add(next.getInstant());
                offsets.add(next.getOffsetAfter());
                next = rules.nextTransition(next.getInstant());
            }
            return new Periods(changes, offsets);
        }
    }

    static LocalDate day(Number dayNumber) {
        return LocalDate.ofEpochDay(ORIGIN_DAY + dayNumber.longValue());
    }

    String sql() {
        return sql;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
