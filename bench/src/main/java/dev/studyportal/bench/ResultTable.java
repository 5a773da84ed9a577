package dev.studyportal.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The benchmark's answer, as a Markdown table that can go into docs/benchmarks.md as printed. */
final class ResultTable {

    private static final String[] HEADER = {"Measurement", "Ours", "Floor", "Ratio", "Goal", "Met?"};

    private final List<String[]> rows = new ArrayList<>();

    /** A time against a floor, with a goal on the ratio. */
    void ratio(String measurement, Duration ours, Duration floor, double goal) {
        double ratio = (double) ours.toNanos() / floor.toNanos();
        rows.add(new String[] {
            measurement,
            seconds(ours),
            seconds(floor),
            format("%.2f×", ratio),
            format("≤ %.1f×", goal),
            met(ratio <= goal)
        });
    }

    /** A time with a goal of its own and no floor. */
    void time(String measurement, Duration ours, Duration goal) {
        rows.add(
                new String[] {measurement, seconds(ours), "—", "—", "≤ " + seconds(goal), met(ours.compareTo(goal) <= 0)
                });
    }

    /** A time with neither floor nor goal: there for the record. */
    void time(String measurement, Duration ours) {
        rows.add(new String[] {measurement, seconds(ours), "—", "—", "—", "—"});
    }

    /** A count of writes against the fewest that could do, with an upper bound as goal when there is one. */
    void writes(String measurement, long ours, long floor, @Nullable Long goal) {
        String ratio = floor == 0 ? "—" : format("%.2f×", (double) ours / floor);
        rows.add(new String[] {
            measurement,
            String.valueOf(ours),
            String.valueOf(floor),
            ratio,
            goal == null ? "—" : "≤ " + goal,
            goal == null ? "—" : met(ours <= goal)
        });
    }

    /** A row already formatted: figures that are not times in seconds (milliseconds, rates, kilobytes). */
    void row(String measurement, String ours, String floor, String ratio, String goal, String met) {
        rows.add(new String[] {measurement, ours, floor, ratio, goal, met});
    }

    String markdown() {
        StringBuilder table = new StringBuilder();
        line(table, HEADER);
        line(table, new String[] {"---", "---:", "---:", "---:", "---:", "---"});
        rows.forEach(row -> line(table, row));
        return table.toString();
    }

    static String seconds(Duration duration) {
        return format("%.3f s", duration.toNanos() / 1e9);
    }

    private static void line(StringBuilder table, String[] cells) {
        table.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
