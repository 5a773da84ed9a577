package dev.studyportal.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * A benchmark that writes its own synthetic data; {@code --seed} says which, so that a figure can be measured
 * again on the same rows. The commands extend it, rather than take the option as a picocli {@code @Mixin}, so
 * that their measuring code keeps reading {@code seed} as a field of its own.
 */
abstract class SeededBenchmark implements Callable<Integer> {

    @Option(
            names = "--seed",
            description = "Which synthetic data: the same seed writes the same bank and histories"
                    + " (default: ${DEFAULT-VALUE}).")
    long seed = 42;
}
