package dev.studyportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a phase of the load benchmark left on the heap, class by class: the difference of two class histograms
 * ({@code jcmd PID GC.class_histogram}, live objects) taken before and after it, over the phase's sessions.
 * Where the heap per session goes, to find what to cut.
 */
final class HeapHistogramDiff {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private HeapHistogramDiff() {}

    /** The {@code top} classes that grew most in bytes, per session, as lines to print. */
    static String perSession(Path before, Path after, int sessions, int top) throws IOException {
        Map<String, long[]> grown = new HashMap<>();
        read(after).forEach((type, counts) -> grown.put(type, counts.clone()));
        read(before).forEach((type, counts) -> {
            long[] now = grown.computeIfAbsent(type, any -> new long[2]);
            now[0] -= counts[0];
            now[1] -= counts[1];
        });
        long total = grown.values().stream().mapToLong(counts -> counts[1]).sum();
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "Live heap grown per session, by class (%s → %s; %.1f KB per session in all):%n%10s %12s  %s%n",
                before.getFileName(),
                after.getFileName(),
                total / 1000.0 / sessions,
                "bytes",
                "instances",
                "class"));
        grown.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(top)
                .forEach(entry -> text.append(String.format(
                        Locale.ROOT,
                        "%10.0f %12.1f  %s%n",
                        (double) entry.getValue()[1] / sessions,
                        (double) entry.getValue()[0] / sessions,
                        entry.getKey())));
        return text.toString();
    }

    private static Map<String, long[]> read(Path histogram) throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        for (String line : Files.readAllLines(histogram)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                counts.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
            }
        }
        return counts;
    }
}
