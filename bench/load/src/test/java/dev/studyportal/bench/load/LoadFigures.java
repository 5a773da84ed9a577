package dev.studyportal.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulation measures beyond Gatling's own report, written as {@code key=value} lines for the bench
 * command to read: round trips by name (milliseconds), learners started and finished, login times, and the
 * server's live heap at each probe.
 */
final class LoadFigures {

    private static final Map<String, ConcurrentLinkedQueue<Integer>> TIMES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();
    private static final Map<String, String> VALUES = new ConcurrentHashMap<>();
    private static final ConcurrentLinkedQueue<long[]> LOGINS = new ConcurrentLinkedQueue<>();

    private LoadFigures() {
    }

    static void time(String name, int millis) {
        TIMES.computeIfAbsent(name, any -> new ConcurrentLinkedQueue<>()).add(millis);
    }

    static void count(String name) {
        COUNTS.computeIfAbsent(name, any -> new AtomicInteger()).incrementAndGet();
    }

    static void value(String name, String value) {
        VALUES.put(name, value);
    }

    /** A login of the burst: when it was sent and when its answer came, in epoch milliseconds. */
    static void login(long sentAt, long answeredAt) {
        LOGINS.add(new long[] {sentAt, answeredAt});
    }

    static void write(Path file) throws IOException {
        Map<String, String> lines = new TreeMap<>(VALUES);
        TIMES.forEach((name, samples) -> {
            List<Integer> sorted = new ArrayList<>(samples);
            Collections.sort(sorted);
            lines.put(name + ".count", String.valueOf(sorted.size()));
            lines.put(name + ".p50", String.valueOf(percentile(sorted, 50)));
            lines.put(name + ".p95", String.valueOf(percentile(sorted, 95)));
            lines.put(name + ".p99", String.valueOf(percentile(sorted, 99)));
            lines.put(name + ".max", String.valueOf(sorted.isEmpty() ? -1 : sorted.getLast()));
        });
        COUNTS.forEach((name, count) -> lines.put(name, String.valueOf(count.get())));
        if (!LOGINS.isEmpty()) {
            long first = LOGINS.stream().mapToLong(login -> login[0]).min().orElseThrow();
            long last = LOGINS.stream().mapToLong(login -> login[1]).max().orElseThrow();
            lines.put("burst.logins", String.valueOf(LOGINS.size()));
            lines.put("burst.seconds", String.format(Locale.ROOT, "%.3f", (last - first) / 1000.0));
        }
        StringBuilder text = new StringBuilder();
        lines.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }

    /** Nearest rank: the smallest sample that at least p% of the samples do not exceed. */
    static int percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
