package dev.studyportal.core.dashboard;

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

/**
 * SQL that turns a stored instant into the learner's calendar day, as a day number counted from
 * {@link #ORIGIN}, the same on H2 and MariaDB. Time-zone tables are not loaded on every MySQL or MariaDB
 * server (and H2 has none), so the zone's offsets are written into the statement: between two
 * transitions of the zone (summer time starting or ending) the offset is fixed, and a {@code CASE}
 * picks the offset of the period the instant falls in. Two years of a zone with summer time make five
 * periods.
 */
final class LocalDayExpression {

    /** Midnight UTC, day number 0. Stored instants are UTC (hibernate.jdbc.time_zone). */
    static final Instant ORIGIN = Instant.parse("2000-01-01T00:00:00Z");
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
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(prefix + "Origin", ORIGIN);
        String offset;
        if (changes.isEmpty()) {
            offset = Integer.toString(offsets.getFirst().getTotalSeconds());
        } else {
            StringBuilder cases = new StringBuilder("case");
            for (int i = 0; i < changes.size(); i++) {
                String name = prefix + "Change" + i;
                parameters.put(name, changes.get(i));
                cases.append(" when ").append(column).append(" < :").append(name)
                        .append(" then ").append(offsets.get(i).getTotalSeconds());
            }
            offset = cases.append(" else ").append(offsets.getLast().getTotalSeconds()).append(" end").toString();
        }
        // Offsets are whole seconds the zone rules give, never input, so they are safe to write in.
        String sql = "floor((timestampdiff(SECOND, :%sOrigin, %s) + %s) / 86400)".formatted(prefix, column, offset);
        return new LocalDayExpression(sql, parameters);
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
