package dev.studyportal.core.review.fsrs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that tunes the FSRS-6 scheduler. The defaults and the bounds are py-fsrs's, so that a set of
 * weights trained by the FSRS optimizer is accepted here exactly when py-fsrs would accept it.
 *
 * @param weights the 21 FSRS-6 model weights w0..w20; w20 is the trainable decay of the forgetting curve
 * @param desiredRetention the recall probability a card should have when it falls due, strictly between 0 and 1
 * @param learningSteps the waits between learning reviews of a new card; empty skips straight to day intervals
 * @param relearningSteps the waits between relearning reviews after a lapse; empty keeps a lapsed card in review
 * @param maximumIntervalDays the longest interval a card can be given, in days
 * @param fuzzingEnabled whether day intervals get a little random spread so cards learned together drift apart
 */
public record FsrsParameters(
        List<Double> weights,
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumIntervalDays,
        boolean fuzzingEnabled) {

    public static final int WEIGHT_COUNT = 21;

    /** py-fsrs's {@code DEFAULT_PARAMETERS} for FSRS-6. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
            1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    public static final double DEFAULT_DESIRED_RETENTION = 0.9;
    public static final List<Duration> DEFAULT_LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    public static final List<Duration> DEFAULT_RELEARNING_STEPS = List.of(Duration.ofMinutes(10));
    public static final int DEFAULT_MAXIMUM_INTERVAL_DAYS = 36500;

    // py-fsrs's LOWER_BOUNDS_PARAMETERS and UPPER_BOUNDS_PARAMETERS: outside them the formulas misbehave
    // (negative stabilities, a decay of zero), and the optimizer never produces such values.
    private static final double[] LOWER_BOUNDS = {
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0,
        0.0, 0.0, 0.1
    };
    private static final double[] UPPER_BOUNDS = {
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8,
        0.8
    };

    public FsrsParameters {
        weights = validWeights(weights);
        if (!(desiredRetention > 0.0 && desiredRetention < 1.0)) {
            throw new IllegalArgumentException(
                    "The desired retention must be strictly between 0 and 1, not " + desiredRetention);
        }
        learningSteps = validSteps("learning", learningSteps);
        relearningSteps = validSteps("relearning", relearningSteps);
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException(
                    "The maximum interval must be at least 1 day, not " + maximumIntervalDays);
        }
    }

    /** py-fsrs's {@code Scheduler()} defaults, fuzzing included. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(
                DEFAULT_WEIGHTS,
                DEFAULT_DESIRED_RETENTION,
                DEFAULT_LEARNING_STEPS,
                DEFAULT_RELEARNING_STEPS,
                DEFAULT_MAXIMUM_INTERVAL_DAYS,
                true);
    }

    public double weight(int index) {
        return weights.get(index);
    }

    public FsrsParameters withWeights(List<Double> newWeights) {
        return new FsrsParameters(
                newWeights, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, fuzzingEnabled);
    }

    public FsrsParameters withDesiredRetention(double newDesiredRetention) {
        return new FsrsParameters(
                weights, newDesiredRetention, learningSteps, relearningSteps, maximumIntervalDays, fuzzingEnabled);
    }

    public FsrsParameters withLearningSteps(List<Duration> newLearningSteps) {
        return new FsrsParameters(
                weights, desiredRetention, newLearningSteps, relearningSteps, maximumIntervalDays, fuzzingEnabled);
    }

    public FsrsParameters withRelearningSteps(List<Duration> newRelearningSteps) {
        return new FsrsParameters(
                weights, desiredRetention, learningSteps, newRelearningSteps, maximumIntervalDays, fuzzingEnabled);
    }

    public FsrsParameters withMaximumIntervalDays(int newMaximumIntervalDays) {
        return new FsrsParameters(
                weights, desiredRetention, learningSteps, relearningSteps, newMaximumIntervalDays, fuzzingEnabled);
    }

    public FsrsParameters withFuzzingEnabled(boolean newFuzzingEnabled) {
        return new FsrsParameters(
                weights, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, newFuzzingEnabled);
    }

    private static List<Double> validWeights(List<Double> weights) {
        if (weights == null) {
            throw new IllegalArgumentException("FSRS-6 needs " + WEIGHT_COUNT + " weights, got none");
        }
        if (weights.size() != WEIGHT_COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs " + WEIGHT_COUNT + " weights, got " + weights.size()
                    + (weights.size() == 19 ? " (an FSRS-5 set? retrain it for FSRS-6)" : ""));
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            Double weight = weights.get(i);
            if (weight == null || !Double.isFinite(weight)) {
                problems.add("weights[" + i + "] = " + weight + " is not a finite number");
            } else if (weight < LOWER_BOUNDS[i] || weight > UPPER_BOUNDS[i]) {
                problems.add("weights[" + i + "] = " + weight + " is out of bounds [" + LOWER_BOUNDS[i] + ", "
                        + UPPER_BOUNDS[i] + "]");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid FSRS-6 weights: " + String.join("; ", problems));
        }
        return List.copyOf(weights);
    }

    private static List<Duration> validSteps(String kind, List<Duration> steps) {
        if (steps == null) {
            throw new IllegalArgumentException("The " + kind + " steps must be a list, possibly empty");
        }
        for (int i = 0; i < steps.size(); i++) {
            Duration step = steps.get(i);
            if (step == null || step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException(
                        "The " + kind + " steps must be positive durations, but step " + i + " is " + step);
            }
        }
        return List.copyOf(steps);
    }
}
