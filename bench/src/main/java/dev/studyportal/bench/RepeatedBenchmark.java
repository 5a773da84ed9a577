package dev.studyportal.bench;

import picocli.CommandLine.Option;

/**
 * A seeded benchmark that measures each of its figures {@code --runs} times after warm-ups; the command says how
 * many runs it takes by default (picocli shows a field's first value as its default) and how many warm-ups.
 */
abstract class RepeatedBenchmark extends SeededBenchmark {

    @Option(
            names = "--runs",
            description = "Measured runs of each figure, after the warm-ups (default: ${DEFAULT-VALUE}).")
    int runs;

    RepeatedBenchmark(int runs) {
        this.runs = runs;
    }
}
