package dev.studyportal.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The timings of repeated runs of one step; the median, because one slow run on a shared machine says little. */
final class Samples {

    private final List<Duration> runs = new ArrayList<>();

    /** Times {@code step} and keeps the timing. */
    <T> T time(Callable<T> step) throws Exception {
        long start = System.nanoTime();
        T result = step.call();
        runs.add(Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    Duration median() {
        if (runs.isEmpty()) {
            throw new IllegalStateException("Nothing was timed");
        }
        List<Duration> sorted = runs.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    void add(Duration run) {
        runs.add(run);
    }

    /** The nearest-rank percentile, {@code share} between 0 and 1: 0.95 is the run that 95% of runs did not exceed. */
    Duration percentile(double share) {
        if (runs.isEmpty()) {
            throw new IllegalStateException("Nothing was timed");
        }
        List<Duration> sorted = runs.stream().sorted().toList();
        int rank = (int) Math.ceil(share * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    Duration last() {
        return runs.getLast();
    }

    /** Every run in milliseconds, in the order they ran, so a trend (warming, thermal) shows. */
    String runsMillis() {
        return runs.stream()
                .map(run -> String.valueOf(run.toMillis()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
