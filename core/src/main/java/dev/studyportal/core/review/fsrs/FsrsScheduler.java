package dev.studyportal.core.review.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The FSRS-6 scheduler, ported from py-fsrs's {@code Scheduler} (the reference implementation) so that the
 * same card, rating and time give the same stability, difficulty and due time. It follows py-fsrs 6.3.1 plus the
 * one later change to the formulas, the short-term rule of fsrs-rs #376 (see {@code package-info}).
 *
 * <p>
 * Instances are immutable and safe to share between threads; the default fuzz source is thread-local.
 */
public final class FsrsScheduler {

    private static final long SECONDS_PER_DAY = 86_400;

    /** py-fsrs's {@code FUZZ_RANGES}: {start day, end day, share of the days in that band added to the spread}. */
    private static final double[][] FUZZ_RANGES = {
        {2.5, 7.0, 0.15},
        {7.0, 20.0, 0.10},
        {20.0, Double.POSITIVE_INFINITY, 0.05}
    };

    private final FsrsParameters parameters;
    private final RandomGenerator fuzzRandom;
    private final double decay;
    private final double factor;

    /** A scheduler whose fuzz, if enabled, is not reproducible. */
    public FsrsScheduler(FsrsParameters parameters) {
        this(parameters, new ThreadLocalFuzz());
    }

    /**
     * A scheduler that draws its fuzz from {@code fuzzRandom}, which must give values in [0, 1) from
     * {@code nextDouble()} as Python's {@code random()} does. Pass a seeded generator for reproducible
     * schedules; a shared generator must be thread-safe if the scheduler is shared.
     */
    public FsrsScheduler(FsrsParameters parameters, RandomGenerator fuzzRandom) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.fuzzRandom = Objects.requireNonNull(fuzzRandom, "fuzzRandom");
        // FSRS-6's forgetting curve R = (1 + factor * t / S) ^ decay, with factor chosen so that R = 0.9 at t = S
        // whatever the trained decay w20 is.
        this.decay = -parameters.weight(20);
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /**
     * The forgetting curve's exponent: {@link #retrievability} is {@code (1 + curveFactor() * days / stability) ^
     * curveDecay()}. Exposed for aggregate SQL that averages retrievability over many learners' cards without
     * loading them; such SQL must count whole days as {@link #retrievability} does.
     */
    public double curveDecay() {
        return decay;
    }

    /** The forgetting curve's factor; see {@link #curveDecay()}. */
    public double curveFactor() {
        return factor;
    }

    /**
     * The probability that the card is recalled at {@code at}. Like py-fsrs, elapsed time counts in whole days
     * (rounded down), so retrievability stays at 1 until a full day has passed; a new card has 0.
     */
    public double retrievability(FsrsCard card, Instant at) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(at, "at");
        if (!(card.lastReview() instanceof Instant lastReview) || !(card.stability() instanceof Double stability)) {
            return 0;
        }
        long elapsedDays = Math.max(0, wholeDaysBetween(lastReview, at));
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** Reviews {@code card} with {@code rating} at {@code reviewedAt}; the card itself is left unchanged. */
    public ReviewOutcome review(FsrsCard card, Rating rating, Instant reviewedAt) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewedAt, "reviewedAt");

        double retrievability = retrievability(card, reviewedAt);
        double stability;
        double difficulty;
        // FsrsCard keeps stability, difficulty and last review present together, or absent on a new card.
        if (card.stability() instanceof Double before
                && card.difficulty() instanceof Double difficultyBefore
                && card.lastReview() instanceof Instant lastReview) {
            // Reviews within a day of the previous one cannot be judged by the day-based forgetting curve, so
            // FSRS-6 moves stability by its separate short-term formula instead.
            boolean sameDay = wholeDaysBetween(lastReview, reviewedAt) < 1;
            stability = sameDay
                    ? shortTermStability(before, rating)
                    : nextStability(difficultyBefore, before, retrievability, rating);
            difficulty = nextDifficulty(difficultyBefore, rating);
        } else {
            stability = initialStability(rating);
            difficulty = clampDifficulty(initialDifficulty(rating));
        }

        Schedule schedule = switch (card.phase()) {
            case LEARNING, RELEARNING -> scheduleStepped(card, rating, stability);
            case REVIEW -> scheduleReview(rating, stability);
        };
        Duration interval = schedule.interval();
        if (parameters.fuzzingEnabled() && schedule.phase() == CardPhase.REVIEW) {
            interval = fuzzed(interval);
        }

        FsrsCard reviewed = new FsrsCard(
                schedule.phase(), schedule.step(), stability, difficulty, reviewedAt.plus(interval), reviewedAt);
        return new ReviewOutcome(reviewed, retrievability);
    }

    /**
     * What each rating would do to {@code card} at {@code at}, for labelling the rating buttons. With fuzzing
     * on, every call draws new fuzz: store the outcome of the button pressed rather than reviewing again, so
     * that the card is due exactly when its button said.
     */
    public Map<Rating, ReviewOutcome> preview(FsrsCard card, Instant at) {
        Map<Rating, ReviewOutcome> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            outcomes.put(rating, review(card, rating, at));
        }
        return Collections.unmodifiableMap(outcomes);
    }

    private record Schedule(CardPhase phase, @Nullable Integer step, Duration interval) {

        static Schedule review(Duration interval) {
            return new Schedule(CardPhase.REVIEW, null, interval);
        }
    }

    private Schedule scheduleStepped(FsrsCard card, Rating rating, double stability) {
        CardPhase phase = card.phase();
        List<Duration> steps = phase == CardPhase.LEARNING ? parameters.learningSteps() : parameters.relearningSteps();
        int step = Objects.requireNonNull(card.step(), "FsrsCard gives a learning or relearning card its step");
        // The second condition catches a card stepped by a scheduler that had more steps than this one has.
        if (steps.isEmpty() || (step >= steps.size() && rating.isRecall())) {
            return Schedule.review(dayInterval(stability));
        }
        return switch (rating) {
            case AGAIN -> new Schedule(phase, 0, steps.get(0));
            case HARD -> new Schedule(phase, step, hardStepInterval(steps, step));
            case GOOD ->
                step + 1 == steps.size()
                        ? Schedule.review(dayInterval(stability))
                        : new Schedule(phase, step + 1, steps.get(step + 1));
            case EASY -> Schedule.review(dayInterval(stability));
        };
    }

    /** Hard repeats the current step; on the first step it waits a little longer than Again would. */
    private static Duration hardStepInterval(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) {
            return steps.get(0).multipliedBy(3).dividedBy(2);
        }
        if (step == 0) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(step);
    }

    private Schedule scheduleReview(Rating rating, double stability) {
        if (rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()) {
            return new Schedule(
                    CardPhase.RELEARNING, 0, parameters.relearningSteps().get(0));
        }
        return Schedule.review(dayInterval(stability));
    }

    private Duration dayInterval(double stability) {
        return Duration.ofDays(nextIntervalDays(stability));
    }

    /** The whole number of days after which retrievability falls to the desired retention. */
    private long nextIntervalDays(double stability) {
        double days = (stability / factor) * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
        // Math.rint rounds halves to even, as Python's round() does, so x.5 days lands where py-fsrs puts it.
        long rounded = (long) Math.rint(days);
        return Math.min(Math.max(rounded, 1), parameters.maximumIntervalDays());
    }

    /**
     * Spreads a day interval so that cards learned together do not stay due together. Mirrors py-fsrs
     * exactly, including that rounding the draw can land one day past the upper end of the range (it is still
     * capped by the maximum interval).
     */
    private Duration fuzzed(Duration interval) {
        long intervalDays = interval.toDays();
        if (intervalDays < 2.5) {
            return interval;
        }
        double delta = 1.0;
        for (double[] range : FUZZ_RANGES) {
            delta += range[2] * Math.max(Math.min(intervalDays, range[1]) - range[0], 0.0);
        }
        long maximum = parameters.maximumIntervalDays();
        long lowest = (long) Math.rint(intervalDays - delta);
        long highest = (long) Math.rint(intervalDays + delta);
        lowest = Math.max(2, lowest);
        highest = Math.min(highest, maximum);
        lowest = Math.min(lowest, highest);
        double drawn = fuzzRandom.nextDouble() * (highest - lowest + 1) + lowest;
        return Duration.ofDays(Math.min((long) Math.rint(drawn), maximum));
    }

    private double initialStability(Rating rating) {
        return clampStability(w(rating.value() - 1));
    }

    private double initialDifficulty(Rating rating) {
        return w(4) - exp(w(5) * (rating.value() - 1)) + 1;
    }

    private double shortTermStability(double stability, Rating rating) {
        double increase = exp(w(17) * (rating.value() - 3 + w(18))) * Math.pow(stability, -w(19));
        // A same-day recall must never lower stability, whatever the weights: only Again may. Hard joined Good and
        // Easy in fsrs-rs #376 (ts-fsrs 5.3, py-fsrs 6.3.2); before, a Hard during the learning steps cut stability
        // as if the card had been half forgotten.
        if (rating.isRecall()) {
            increase = Math.max(increase, 1.0);
        }
        return clampStability(stability * increase);
    }

    private double nextDifficulty(double difficulty, Rating rating) {
        double easyInitial = initialDifficulty(Rating.EASY);
        double delta = -(w(6) * (rating.value() - 3));
        // Linear damping: the closer to 10, the less a hard rating can still push difficulty up.
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        // Mean reversion towards the unclamped initial difficulty of Easy keeps difficulty from sticking at 10.
        return clampDifficulty(w(7) * easyInitial + (1 - w(7)) * damped);
    }

    private double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        double next = rating == Rating.AGAIN
                ? forgetStability(difficulty, stability, retrievability)
                : recallStability(difficulty, stability, retrievability, rating);
        return clampStability(next);
    }

    private double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = w(11)
                * Math.pow(difficulty, -w(12))
                * (Math.pow(stability + 1, w(13)) - 1)
                * exp((1 - retrievability) * w(14));
        // e^(w17 * w18) >= 1, so this cap keeps a lapse from ever leaving the card more stable than before.
        double shortTerm = stability / exp(w(17) * w(18));
        return Math.min(longTerm, shortTerm);
    }

    private double recallStability(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w(15) : 1;
        double easyBonus = rating == Rating.EASY ? w(16) : 1;
        return stability
                * (1
                        + exp(w(8))
                                * (11 - difficulty)
                                * Math.pow(stability, -w(9))
                                * (exp((1 - retrievability) * w(10)) - 1)
                                * hardPenalty
                                * easyBonus);
    }

    private static double clampStability(double stability) {
        return Math.max(stability, FsrsCard.MINIMUM_STABILITY);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, FsrsCard.MINIMUM_DIFFICULTY), FsrsCard.MAXIMUM_DIFFICULTY);
    }

    private double w(int index) {
        return parameters.weight(index);
    }

    /**
     * py-fsrs writes {@code math.e ** x}; computing it the same way rather than with exp(x) avoids last-bit
     * differences that could flip an interval lying on a half day.
     */
    private static double exp(double x) {
        return Math.pow(Math.E, x);
    }

    /** Whole days from {@code from} to {@code to}, rounded down like Python's {@code timedelta.days}. */
    private static long wholeDaysBetween(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).getSeconds(), SECONDS_PER_DAY);
    }

    /** Safe to share between request threads, which a single seeded generator is not. */
    private static final class ThreadLocalFuzz implements RandomGenerator {

        @Override
        public long nextLong() {
            return ThreadLocalRandom.current().nextLong();
        }

        @Override
        public double nextDouble() {
            return ThreadLocalRandom.current().nextDouble();
        }
    }
}
