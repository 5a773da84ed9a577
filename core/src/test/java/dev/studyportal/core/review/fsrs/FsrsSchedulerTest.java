package dev.studyportal.core.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The published test cases of py-fsrs (tests/test_basic.py in its FSRS-6 form, the one whose test_review_card
 * expects 498 and 21 days and whose test_memo_state expects S = 53.62691, D = 6.3574867), one test each,
 * followed by checks of what the reference leaves to its formulas. Where the reference asserts a range or a
 * tolerance because it reviews at "now" with fuzz on, these tests fix the time and the fuzz and assert exactly.
 */
class FsrsSchedulerTest {

    /** The reference's start time, datetime(2022, 11, 29, 12, 30, tzinfo=utc). */
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");

    /** The reference's TEST_RATINGS_1. */
    private static final List<Rating> TEST_RATINGS_1 = List.of(
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.AGAIN,
            Rating.AGAIN,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD);

    private static final FsrsParameters WITHOUT_FUZZ = FsrsParameters.defaults().withFuzzingEnabled(false);

    @Test
    void good_ratings_grow_intervals_as_the_reference_does() {
        // py-fsrs test_review_card
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);

        assertThat(intervalsInDays(scheduler, TEST_RATINGS_1))
                .containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void explicit_default_retention_and_maximum_give_the_reference_intervals_and_custom_weights_are_kept() {
        // py-fsrs test_custom_scheduler_args
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults()
                .withDesiredRetention(0.9)
                .withMaximumIntervalDays(36500)
                .withFuzzingEnabled(false));

        assertThat(intervalsInDays(scheduler, TEST_RATINGS_1))
                .containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);

        List<Double> weights2 = List.of(
                0.1456, 0.4186, 1.1104, 4.1315, 5.2417, 1.3098, 0.8975, 0.0010, 1.5674, 0.0567, 0.9661, 2.0275, 0.1592,
                0.2446, 1.5071, 0.2272, 2.8755, 1.234, 0.56789, 0.1437, 0.2);
        FsrsParameters parameters2 = FsrsParameters.defaults()
                .withWeights(weights2)
                .withDesiredRetention(0.85)
                .withMaximumIntervalDays(3650);
        FsrsScheduler scheduler2 = new FsrsScheduler(parameters2);

        assertThat(scheduler2.parameters().weights()).isEqualTo(weights2);
        assertThat(scheduler2.parameters().desiredRetention()).isEqualTo(0.85);
        assertThat(scheduler2.parameters().maximumIntervalDays()).isEqualTo(3650);
    }

    @Test
    void repeated_easy_reviews_floor_difficulty_at_exactly_one() {
        // py-fsrs test_repeated_correct_reviews: ten Easy reviews one microsecond apart
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card = FsrsCard.newCard(START);
        for (int i = 0; i < 10; i++) {
            card = scheduler
                    .review(card, Rating.EASY, START.plusNanos(i * 1_000L))
                    .card();
        }

        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void memory_state_after_the_reference_history_matches_it() {
        // py-fsrs test_memo_state: Again, then Good five times, 0, 0, 1, 3, 8 and 21 days apart
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults(), new PythonRandom(42));
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        long[] daysBefore = {0, 0, 1, 3, 8, 21};

        FsrsCard card = FsrsCard.newCard(START);
        Instant reviewAt = START;
        for (int i = 0; i < ratings.size(); i++) {
            reviewAt = reviewAt.plus(Duration.ofDays(daysBefore[i]));
            card = scheduler.review(card, ratings.get(i), reviewAt).card();
        }

        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void retrievability_is_zero_for_a_new_card_and_a_probability_in_every_phase() {
        // py-fsrs test_retrievability (all reviews "now")
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults(), new PythonRandom(42));
        FsrsCard card = FsrsCard.newCard(START);
        assertThat(card.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(scheduler.retrievability(card, START)).isZero();

        card = scheduler.review(card, Rating.GOOD, START).card();
        assertThat(card.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(scheduler.retrievability(card, START)).isBetween(0.0, 1.0);

        card = scheduler.review(card, Rating.GOOD, START).card();
        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(scheduler.retrievability(card, START)).isBetween(0.0, 1.0);

        card = scheduler.review(card, Rating.AGAIN, START).card();
        assertThat(card.phase()).isEqualTo(CardPhase.RELEARNING);
        assertThat(scheduler.retrievability(card, START)).isBetween(0.0, 1.0);
    }

    @Test
    void good_walks_through_the_learning_steps_into_review() {
        // py-fsrs test_good_learning_steps
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults(), new PythonRandom(42));
        FsrsCard card = FsrsCard.newCard(START);
        assertThat(card.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(card.step()).isZero();

        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertThat(card.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(card.step()).isEqualTo(1);
        assertThat(card.due()).isEqualTo(START.plus(Duration.ofMinutes(10)));

        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(card.step()).isNull();
        // The reference asserts "over a day"; it is 2 days, too short to be fuzzed.
        assertThat(intervalOf(card)).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void again_on_a_new_card_repeats_the_first_learning_step() {
        // py-fsrs test_again_learning_steps
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults());
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.AGAIN, START).card();

        assertThat(card.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(card.step()).isZero();
        assertThat(card.due()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    }

    @Test
    void hard_on_a_new_card_waits_halfway_between_the_first_two_steps() {
        // py-fsrs test_hard_learning_steps
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults());
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.HARD, START).card();

        assertThat(card.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(card.step()).isZero();
        assertThat(card.due()).isEqualTo(START.plus(Duration.ofSeconds(330)));
    }

    @Test
    void easy_on_a_new_card_skips_learning_and_schedules_its_initial_stability_in_days() {
        // py-fsrs test_easy_learning_steps; without fuzz the interval is round(w3) = round(8.2956) days
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.EASY, START).card();

        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(card.step()).isNull();
        assertThat(intervalOf(card)).isEqualTo(Duration.ofDays(8));
    }

    @Test
    void again_in_review_sends_the_card_to_relearning_for_ten_minutes() {
        // py-fsrs test_review_state
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card = FsrsCard.newCard(START);
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(card.step()).isNull();

        Instant previousDue = card.due();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(Duration.between(previousDue, card.due())).isEqualTo(Duration.ofDays(11));

        previousDue = card.due();
        card = scheduler.review(card, Rating.AGAIN, card.due()).card();
        assertThat(card.phase()).isEqualTo(CardPhase.RELEARNING);
        assertThat(Duration.between(previousDue, card.due())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void relearning_repeats_on_again_and_returns_to_review_on_good() {
        // py-fsrs test_relearning
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card = FsrsCard.newCard(START);
        for (int i = 0; i < 3; i++) {
            card = scheduler.review(card, Rating.GOOD, card.due()).card();
        }

        Instant previousDue = card.due();
        card = scheduler.review(card, Rating.AGAIN, card.due()).card();
        assertThat(card.phase()).isEqualTo(CardPhase.RELEARNING);
        assertThat(card.step()).isZero();
        assertThat(Duration.between(previousDue, card.due())).isEqualTo(Duration.ofMinutes(10));

        previousDue = card.due();
        card = scheduler.review(card, Rating.AGAIN, card.due()).card();
        assertThat(card.phase()).isEqualTo(CardPhase.RELEARNING);
        assertThat(card.step()).isZero();
        assertThat(Duration.between(previousDue, card.due())).isEqualTo(Duration.ofMinutes(10));

        previousDue = card.due();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(card.step()).isNull();
        assertThat(Duration.between(previousDue, card.due())).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void seeded_fuzz_gives_the_reference_intervals() {
        // py-fsrs test_fuzz: random.seed(42) gives 12 days, random.seed(12345) gives 11
        assertThat(thirdGoodIntervalWithPythonSeed(42)).isEqualTo(Duration.ofDays(12));
        assertThat(thirdGoodIntervalWithPythonSeed(12345)).isEqualTo(Duration.ofDays(11));
    }

    @Test
    void without_learning_steps_a_new_card_goes_straight_to_review() {
        // py-fsrs test_no_learning_steps; Again's stability w0 = 0.212 rounds to 0 days, raised to the 1-day minimum
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults().withLearningSteps(List.of()));
        assertThat(scheduler.parameters().learningSteps()).isEmpty();

        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.AGAIN, START).card();

        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(intervalOf(card)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void without_relearning_steps_a_lapse_stays_in_review() {
        // py-fsrs test_no_relearning_steps
        FsrsScheduler scheduler =
                new FsrsScheduler(FsrsParameters.defaults().withRelearningSteps(List.of()), new PythonRandom(42));
        assertThat(scheduler.parameters().relearningSteps()).isEmpty();

        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.GOOD, START).card();
        assertThat(card.phase()).isEqualTo(CardPhase.LEARNING);
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        card = scheduler.review(card, Rating.AGAIN, card.due()).card();

        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(intervalOf(card)).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void a_card_moves_correctly_between_schedulers_with_different_steps() {
        // py-fsrs test_one_card_multiple_schedulers
        FsrsParameters defaults = FsrsParameters.defaults();
        FsrsScheduler twoLearningSteps =
                new FsrsScheduler(defaults.withLearningSteps(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10))));
        FsrsScheduler oneLearningStep = new FsrsScheduler(defaults.withLearningSteps(List.of(Duration.ofMinutes(1))));
        FsrsScheduler noLearningSteps = new FsrsScheduler(defaults.withLearningSteps(List.of()));
        FsrsScheduler twoRelearningSteps =
                new FsrsScheduler(defaults.withRelearningSteps(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10))));
        FsrsScheduler oneRelearningStep =
                new FsrsScheduler(defaults.withRelearningSteps(List.of(Duration.ofMinutes(1))));
        FsrsScheduler noRelearningSteps = new FsrsScheduler(defaults.withRelearningSteps(List.of()));

        FsrsCard card = twoLearningSteps
                .review(FsrsCard.newCard(START), Rating.GOOD, START)
                .card();
        assertPhaseAndStep(card, CardPhase.LEARNING, 1);
        card = oneLearningStep.review(card, Rating.AGAIN, START).card();
        assertPhaseAndStep(card, CardPhase.LEARNING, 0);
        card = noLearningSteps.review(card, Rating.HARD, START).card();
        assertPhaseAndStep(card, CardPhase.REVIEW, null);

        card = twoRelearningSteps.review(card, Rating.AGAIN, START).card();
        assertPhaseAndStep(card, CardPhase.RELEARNING, 0);
        card = twoRelearningSteps.review(card, Rating.GOOD, START).card();
        assertPhaseAndStep(card, CardPhase.RELEARNING, 1);
        card = oneRelearningStep.review(card, Rating.AGAIN, START).card();
        assertPhaseAndStep(card, CardPhase.RELEARNING, 0);
        card = noRelearningSteps.review(card, Rating.HARD, START).card();
        assertPhaseAndStep(card, CardPhase.REVIEW, null);
    }

    @Test
    void a_card_stepped_past_this_schedulers_last_step_graduates_on_recall() {
        // The edge case the reference guards in review_card; exercised in test_one_card_multiple_schedulers
        FsrsParameters defaults = FsrsParameters.defaults().withFuzzingEnabled(false);
        FsrsScheduler threeSteps = new FsrsScheduler(defaults.withLearningSteps(
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10))));
        FsrsScheduler oneStep = new FsrsScheduler(defaults.withLearningSteps(List.of(Duration.ofMinutes(1))));
        FsrsCard card = FsrsCard.newCard(START);
        card = threeSteps.review(card, Rating.GOOD, START).card();
        card = threeSteps.review(card, Rating.GOOD, START).card();
        assertPhaseAndStep(card, CardPhase.LEARNING, 2);

        assertPhaseAndStep(oneStep.review(card, Rating.HARD, START).card(), CardPhase.REVIEW, null);
        FsrsCard restarted = oneStep.review(card, Rating.AGAIN, START).card();
        assertPhaseAndStep(restarted, CardPhase.LEARNING, 0);
        assertThat(intervalOf(restarted)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void no_interval_exceeds_the_maximum() {
        // py-fsrs test_maximum_interval
        FsrsScheduler scheduler =
                new FsrsScheduler(FsrsParameters.defaults().withMaximumIntervalDays(100), new PythonRandom(42));
        FsrsCard card = FsrsCard.newCard(START);
        for (Rating rating : List.of(Rating.EASY, Rating.GOOD, Rating.EASY, Rating.GOOD)) {
            card = scheduler.review(card, rating, card.due()).card();
            assertThat(intervalOf(card)).isLessThanOrEqualTo(Duration.ofDays(100));
        }
    }

    @Test
    void without_fuzz_a_long_interval_is_cut_to_exactly_the_maximum() {
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ.withMaximumIntervalDays(100));
        FsrsCard card = FsrsCard.newCard(START);
        List<Duration> intervals = new ArrayList<>();
        for (Rating rating : List.of(Rating.EASY, Rating.GOOD, Rating.EASY, Rating.GOOD)) {
            card = scheduler.review(card, rating, card.due()).card();
            intervals.add(intervalOf(card));
        }

        assertThat(intervals.getLast()).isEqualTo(Duration.ofDays(100));
    }

    @Test
    void stability_never_drops_below_its_floor() {
        // py-fsrs test_stability_lower_bound
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults(), new PythonRandom(42));
        FsrsCard card = FsrsCard.newCard(START);
        for (int i = 0; i < 1000; i++) {
            card = scheduler
                    .review(card, Rating.AGAIN, card.due().plus(Duration.ofDays(1)))
                    .card();
            assertThat(card.stability()).isGreaterThanOrEqualTo(0.001);
        }
    }

    @Test
    void hard_with_a_single_learning_step_waits_one_and_a_half_steps() {
        // py-fsrs test_learning_card_rate_hard_one_learning_step
        FsrsScheduler scheduler =
                new FsrsScheduler(FsrsParameters.defaults().withLearningSteps(List.of(Duration.ofMinutes(10))));
        FsrsCard card = FsrsCard.newCard(START);

        card = scheduler.review(card, Rating.HARD, card.due()).card();

        assertThat(card.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(Duration.between(START, card.due())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void hard_on_the_second_learning_step_repeats_that_step() {
        // py-fsrs test_learning_card_rate_hard_second_learning_step
        FsrsScheduler scheduler = new FsrsScheduler(
                FsrsParameters.defaults().withLearningSteps(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10))));
        FsrsCard card = FsrsCard.newCard(START);
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertPhaseAndStep(card, CardPhase.LEARNING, 1);
        Instant dueAfterFirstReview = card.due();

        card = scheduler.review(card, Rating.HARD, dueAfterFirstReview).card();

        assertPhaseAndStep(card, CardPhase.LEARNING, 1);
        assertThat(Duration.between(dueAfterFirstReview, card.due())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void a_relearning_card_reviewed_a_day_late_returns_to_review() {
        // py-fsrs test_long_term_stability_learning_state (covers the not-same-day relearning branch)
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults(), new PythonRandom(42));
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.EASY, START).card();
        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        card = scheduler.review(card, Rating.AGAIN, card.due()).card();
        assertThat(card.phase()).isEqualTo(CardPhase.RELEARNING);

        card = scheduler
                .review(card, Rating.GOOD, card.due().plus(Duration.ofDays(1)))
                .card();

        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
    }

    @Test
    void hard_with_a_single_relearning_step_waits_one_and_a_half_steps() {
        // py-fsrs test_relearning_card_rate_hard_one_relearning_step
        FsrsScheduler scheduler = new FsrsScheduler(
                FsrsParameters.defaults().withRelearningSteps(List.of(Duration.ofMinutes(10))), new PythonRandom(42));
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.EASY, START).card();
        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        card = scheduler.review(card, Rating.AGAIN, card.due()).card();
        assertPhaseAndStep(card, CardPhase.RELEARNING, 0);
        Instant previousDue = card.due();

        card = scheduler.review(card, Rating.HARD, previousDue).card();

        assertPhaseAndStep(card, CardPhase.RELEARNING, 0);
        assertThat(Duration.between(previousDue, card.due())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void hard_and_good_move_through_two_relearning_steps_and_easy_leaves_them() {
        // py-fsrs test_relearning_card_rate_hard_two_relearning_steps
        FsrsScheduler scheduler = new FsrsScheduler(
                FsrsParameters.defaults().withRelearningSteps(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10))),
                new PythonRandom(42));
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.EASY, START).card();
        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        card = scheduler.review(card, Rating.AGAIN, card.due()).card();
        assertPhaseAndStep(card, CardPhase.RELEARNING, 0);
        assertThat(intervalOf(card)).isEqualTo(Duration.ofMinutes(1));

        Instant previousDue = card.due();
        card = scheduler.review(card, Rating.HARD, previousDue).card();
        assertPhaseAndStep(card, CardPhase.RELEARNING, 0);
        assertThat(Duration.between(previousDue, card.due())).isEqualTo(Duration.ofSeconds(330));

        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        assertPhaseAndStep(card, CardPhase.RELEARNING, 1);

        previousDue = card.due();
        card = scheduler.review(card, Rating.HARD, previousDue).card();
        assertPhaseAndStep(card, CardPhase.RELEARNING, 1);
        assertThat(Duration.between(previousDue, card.due())).isEqualTo(Duration.ofMinutes(10));

        card = scheduler.review(card, Rating.EASY, previousDue).card();
        assertPhaseAndStep(card, CardPhase.REVIEW, null);
    }

    // Beyond the reference's own test file: behaviour its formulas define but its tests do not pin down.

    @Test
    void a_first_review_sets_the_initial_memory_state_of_its_rating() {
        // S0 = w[rating - 1]; D0 = w4 - e^(w5 * (rating - 1)) + 1 clamped to [1, 10], evaluated in CPython
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        Map<Rating, ReviewOutcome> outcomes = scheduler.preview(FsrsCard.newCard(START), START);

        assertMemory(outcomes.get(Rating.AGAIN).card(), 0.212, 6.4133);
        assertMemory(outcomes.get(Rating.HARD).card(), 1.2931, 5.112170705601056);
        assertMemory(outcomes.get(Rating.GOOD).card(), 2.3065, 2.118103970459016);
        assertMemory(outcomes.get(Rating.EASY).card(), 8.2956, 1.0);
    }

    @Test
    void retrievability_follows_the_fsrs6_curve_in_whole_elapsed_days() {
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults());
        FsrsCard card = new FsrsCard(CardPhase.REVIEW, null, 10.0, 5.0, START.plus(Duration.ofDays(10)), START);

        assertThat(scheduler.retrievability(card, START)).isEqualTo(1.0);
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofHours(23))))
                .isEqualTo(1.0);
        assertThat(scheduler.retrievability(card, START.minus(Duration.ofDays(3))))
                .isEqualTo(1.0);
        // The factor is chosen so that recall probability is 90% when elapsed days equal stability.
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(10))))
                .isCloseTo(0.9, within(1e-12));
        assertThat(scheduler.retrievability(
                        card, START.plus(Duration.ofDays(10)).plus(Duration.ofHours(23))))
                .isCloseTo(0.9, within(1e-12));
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(11))))
                .isLessThan(0.9);
    }

    @Test
    void the_decay_weight_shapes_the_forgetting_curve() {
        // FSRS-6 trains w20; past the stability a larger decay forgets faster
        FsrsCard card = new FsrsCard(CardPhase.REVIEW, null, 10.0, 5.0, START.plus(Duration.ofDays(10)), START);
        List<Double> steeper = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        steeper.set(20, 0.5);
        FsrsScheduler defaultDecay = new FsrsScheduler(FsrsParameters.defaults());
        FsrsScheduler fsrs5Decay = new FsrsScheduler(FsrsParameters.defaults().withWeights(steeper));
        Instant hundredDaysLater = START.plus(Duration.ofDays(100));

        // With decay 0.5 the curve is FSRS-5's (1 + 19/81 * t / S)^-0.5.
        assertThat(fsrs5Decay.retrievability(card, hundredDaysLater))
                .isCloseTo(Math.pow(1 + 19.0 / 81.0 * 10, -0.5), within(1e-12));
        assertThat(defaultDecay.retrievability(card, hundredDaysLater))
                .isGreaterThan(fsrs5Decay.retrievability(card, hundredDaysLater));
    }

    @Test
    void fuzz_spans_the_reference_range_of_an_eleven_day_interval() {
        // py-fsrs _get_fuzz_range for 11 days: delta = 1 + 0.15 * 4.5 + 0.1 * 4 = 2.075, so 9..13 before the draw
        // is rounded, and rounding the top of the draw gives 14, as in the reference.
        assertThat(thirdGoodIntervalWith(fixedDraw(0.0))).isEqualTo(Duration.ofDays(9));
        assertThat(thirdGoodIntervalWith(fixedDraw(0.5))).isEqualTo(Duration.ofDays(12));
        assertThat(thirdGoodIntervalWith(fixedDraw(Math.nextDown(1.0)))).isEqualTo(Duration.ofDays(14));

        SplittableRandom seeds = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            assertThat(thirdGoodIntervalWith(new SplittableRandom(seeds.nextLong())))
                    .isBetween(Duration.ofDays(9), Duration.ofDays(14));
        }
    }

    @Test
    void fuzz_spreads_the_reference_46_and_163_day_intervals_over_their_ranges() {
        // The fourth and fifth intervals of test_review_card unfuzzed. py-fsrs's ranges: for 46 days
        // delta = 1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * 26 = 4.275, so 42..50; for 163 days delta = 10.125, so
        // 153..173; each before the draw is rounded.
        FsrsCard dueForFourthReview = afterUnfuzzedReferenceReviews(3);
        assertThat(fuzzedInterval(dueForFourthReview, 0.0)).isEqualTo(Duration.ofDays(42));
        // 0.5 * 9 + 42 = 46.5, which Python's round() takes to the even 46
        assertThat(fuzzedInterval(dueForFourthReview, 0.5)).isEqualTo(Duration.ofDays(46));
        assertThat(fuzzedInterval(dueForFourthReview, Math.nextDown(1.0))).isEqualTo(Duration.ofDays(51));

        FsrsCard dueForFifthReview = afterUnfuzzedReferenceReviews(4);
        assertThat(fuzzedInterval(dueForFifthReview, 0.0)).isEqualTo(Duration.ofDays(153));
        assertThat(fuzzedInterval(dueForFifthReview, Math.nextDown(1.0))).isEqualTo(Duration.ofDays(174));
    }

    @Test
    void learning_steps_are_never_fuzzed_even_when_they_last_days() {
        FsrsScheduler scheduler = new FsrsScheduler(
                FsrsParameters.defaults().withLearningSteps(List.of(Duration.ofDays(5), Duration.ofDays(9))),
                fixedDraw(Math.nextDown(1.0)));

        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.GOOD, START).card();

        assertPhaseAndStep(card, CardPhase.LEARNING, 1);
        assertThat(intervalOf(card)).isEqualTo(Duration.ofDays(9));
    }

    @Test
    void hard_and_easy_scale_the_long_term_stability_gain_by_w15_and_w16() {
        // py-fsrs _next_recall_stability multiplies the gain of a successful review by w15 for Hard, w16 for Easy
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card = new FsrsCard(CardPhase.REVIEW, null, 10.0, 5.0, START.plus(Duration.ofDays(10)), START);

        Map<Rating, ReviewOutcome> outcomes = scheduler.preview(card, card.due());

        double goodGain = outcomes.get(Rating.GOOD).card().stability() / 10.0 - 1;
        assertThat(goodGain).isPositive();
        assertThat(outcomes.get(Rating.HARD).card().stability() / 10.0 - 1).isCloseTo(0.6014 * goodGain, within(1e-12));
        assertThat(outcomes.get(Rating.EASY).card().stability() / 10.0 - 1).isCloseTo(1.8729 * goodGain, within(1e-12));
        assertThat(outcomes.get(Rating.AGAIN).card().stability()).isLessThan(10.0);
    }

    @Test
    void an_interval_of_a_whole_and_a_half_days_rounds_to_even_as_python_does() {
        // With retention 0.9 the interval equals the stability; an Easy first review makes that w3.
        assertThat(firstEasyIntervalWithInitialEasyStability(2.5)).isEqualTo(Duration.ofDays(2));
        assertThat(firstEasyIntervalWithInitialEasyStability(3.5)).isEqualTo(Duration.ofDays(4));
    }

    @Test
    void a_same_day_good_never_lowers_stability() {
        // The short-term increase is floored at 1 for Good and Easy (and Hard, see below); for S = 8.2956 the
        // raw increase e^(w17 * w18) * S^-w19 is below 1.
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.EASY, START).card();

        FsrsCard again = scheduler
                .review(card, Rating.GOOD, START.plus(Duration.ofHours(2)))
                .card();

        assertThat(again.stability()).isEqualTo(8.2956);
    }

    @Test
    void a_same_day_review_moves_stability_as_fsrs_rs_publishes_since_it_stopped_hard_lowering_it() {
        // fsrs-rs model.rs test_next_stability after #376 (ts-fsrs 5.3 has the same case): the short-term stability
        // of S = 5 under the default weights for Again..Easy is [1.596818, 5.0, 5.0, 8.12961]; before #376 Hard
        // gave 2.7470093. Compared at f32 precision, the reference's.
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card = new FsrsCard(CardPhase.REVIEW, null, 5.0, 5.0, START.plus(Duration.ofDays(5)), START);
        Instant sameDay = START.plus(Duration.ofHours(3));

        assertThat(scheduler.review(card, Rating.AGAIN, sameDay).card().stability())
                .isCloseTo(1.596818, within(1e-5));
        assertThat(scheduler.review(card, Rating.HARD, sameDay).card().stability())
                .isEqualTo(5.0);
        assertThat(scheduler.review(card, Rating.GOOD, sameDay).card().stability())
                .isEqualTo(5.0);
        assertThat(scheduler.review(card, Rating.EASY, sameDay).card().stability())
                .isCloseTo(8.12961, within(1e-5));
    }

    @Test
    void a_same_day_hard_keeps_stability_and_the_next_days_good_builds_on_it() {
        // Good on a new card, Hard ten minutes later, Good a day after the Hard. Expected values from py-fsrs 6.3.1's
        // scheduler arithmetic with the short-term increase floored at 1 from Hard up, as fsrs-rs #376 and
        // ts-fsrs 5.3 do, evaluated in CPython. The old rule left S = 1.3333787 after the Hard and then 4.7927762
        // (5 days); the difficulty does not depend on the rule.
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.GOOD, START).card();

        Instant hardAt = START.plus(Duration.ofMinutes(10));
        card = scheduler.review(card, Rating.HARD, hardAt).card();
        assertMemory(card, 2.3065, 4.752858488532557);

        ReviewOutcome nextDay = scheduler.review(card, Rating.GOOD, hardAt.plus(Duration.ofDays(1)));
        assertMemory(nextDay.card(), 5.829473805021143, 4.743333999340863);
        assertThat(nextDay.retrievability()).isCloseTo(0.9468474993825461, within(1e-12));
        assertThat(nextDay.interval()).isEqualTo(Duration.ofDays(6));
    }

    @Test
    void a_lapse_never_leaves_a_card_more_stable_than_before() {
        // py-fsrs _next_forget_stability takes the smaller of the long-term value and S / e^(w17 * w18); after
        // 1000 days the long-term value of S = 0.212 would exceed it. Expected value evaluated in CPython.
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.AGAIN, START).card();

        FsrsCard lapsed = scheduler
                .review(card, Rating.AGAIN, START.plus(Duration.ofDays(1000)))
                .card();

        assertThat(lapsed.stability()).isCloseTo(0.20176633585888237, within(1e-15));
    }

    @Test
    void fuzz_never_pushes_an_interval_past_the_maximum() {
        FsrsScheduler scheduler =
                new FsrsScheduler(FsrsParameters.defaults().withMaximumIntervalDays(12), fixedDraw(Math.nextDown(1.0)));

        assertThat(thirdGoodInterval(scheduler)).isEqualTo(Duration.ofDays(12));
    }

    @Test
    void intervals_shorter_than_two_and_a_half_days_are_not_fuzzed() {
        RandomGenerator mustNotBeUsed = new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new AssertionError("fuzz drawn for a short interval");
            }

            @Override
            public double nextDouble() {
                throw new AssertionError("fuzz drawn for a short interval");
            }
        };
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults(), mustNotBeUsed);
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.GOOD, START).card();

        card = scheduler.review(card, Rating.GOOD, card.due()).card();

        assertThat(intervalOf(card)).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void preview_shows_each_ratings_interval_and_matches_the_review_it_previews() {
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card = FsrsCard.newCard(START);

        Map<Rating, ReviewOutcome> preview = scheduler.preview(card, START);

        assertThat(preview).containsOnlyKeys(Rating.values());
        assertThat(preview.get(Rating.AGAIN).interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(preview.get(Rating.HARD).interval()).isEqualTo(Duration.ofSeconds(330));
        assertThat(preview.get(Rating.GOOD).interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(preview.get(Rating.EASY).interval()).isEqualTo(Duration.ofDays(8));
        assertThat(preview.get(Rating.GOOD)).isEqualTo(scheduler.review(card, Rating.GOOD, START));
        assertThat(card).isEqualTo(FsrsCard.newCard(START));
    }

    @Test
    void an_outcome_carries_the_retrievability_the_card_had_when_reviewed() {
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ);
        ReviewOutcome first = scheduler.review(FsrsCard.newCard(START), Rating.EASY, START);
        assertThat(first.retrievability()).isZero();

        Instant late = first.card().due().plus(Duration.ofDays(5));
        ReviewOutcome second = scheduler.review(first.card(), Rating.GOOD, late);

        assertThat(second.retrievability()).isEqualTo(scheduler.retrievability(first.card(), late));
        assertThat(second.retrievability()).isStrictlyBetween(0.0, 0.9);
        assertThat(second.card().lastReview()).isEqualTo(late);
    }

    @Test
    void the_python_random_stand_in_reproduces_cpython() {
        // Values printed by CPython 3.11 after random.seed(42) and random.seed(12345)
        PythonRandom seeded42 = new PythonRandom(42);
        assertThat(seeded42.nextDouble()).isEqualTo(0.6394267984578837);
        assertThat(seeded42.nextDouble()).isEqualTo(0.025010755222666936);
        assertThat(seeded42.nextDouble()).isEqualTo(0.27502931836911926);
        PythonRandom seeded12345 = new PythonRandom(12345);
        assertThat(seeded12345.nextDouble()).isEqualTo(0.41661987254534116);
        assertThat(seeded12345.nextDouble()).isEqualTo(0.010169169457068361);
    }

    private static List<Long> intervalsInDays(FsrsScheduler scheduler, List<Rating> ratings) {
        FsrsCard card = FsrsCard.newCard(START);
        Instant reviewAt = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = scheduler.review(card, rating, reviewAt).card();
            // (card.due - card.last_review).days in the reference
            intervals.add(intervalOf(card).toDays());
            reviewAt = card.due();
        }
        return intervals;
    }

    /** The reference's test_fuzz scenario: Good on a new card, then Good twice when due. */
    private static Duration thirdGoodIntervalWithPythonSeed(long seed) {
        return thirdGoodIntervalWith(new PythonRandom(seed));
    }

    private static Duration thirdGoodIntervalWith(RandomGenerator fuzz) {
        return thirdGoodInterval(new FsrsScheduler(FsrsParameters.defaults(), fuzz));
    }

    private static Duration thirdGoodInterval(FsrsScheduler scheduler) {
        FsrsCard card =
                scheduler.review(FsrsCard.newCard(START), Rating.GOOD, START).card();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        Instant previousDue = card.due();
        card = scheduler.review(card, Rating.GOOD, card.due()).card();
        return Duration.between(previousDue, card.due());
    }

    /** The card of test_review_card after its first {@code count} reviews, each made when due. */
    private static FsrsCard afterUnfuzzedReferenceReviews(int count) {
        FsrsScheduler unfuzzed = new FsrsScheduler(WITHOUT_FUZZ);
        FsrsCard card = FsrsCard.newCard(START);
        for (Rating rating : TEST_RATINGS_1.subList(0, count)) {
            card = unfuzzed.review(card, rating, card.due()).card();
        }
        return card;
    }

    private static Duration fuzzedInterval(FsrsCard card, double draw) {
        return new FsrsScheduler(FsrsParameters.defaults(), fixedDraw(draw))
                .review(card, Rating.GOOD, card.due())
                .interval();
    }

    private static Duration firstEasyIntervalWithInitialEasyStability(double w3) {
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(3, w3);
        FsrsScheduler scheduler = new FsrsScheduler(WITHOUT_FUZZ.withWeights(weights));
        return scheduler.review(FsrsCard.newCard(START), Rating.EASY, START).interval();
    }

    private static RandomGenerator fixedDraw(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("the scheduler only draws doubles");
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    private static Duration intervalOf(FsrsCard card) {
        return Duration.between(card.lastReview(), card.due());
    }

    private static void assertPhaseAndStep(FsrsCard card, CardPhase phase, Integer step) {
        assertThat(card.phase()).isEqualTo(phase);
        assertThat(card.step()).isEqualTo(step);
    }

    private static void assertMemory(FsrsCard card, double stability, double difficulty) {
        assertThat(card.stability()).isCloseTo(stability, within(1e-12));
        assertThat(card.difficulty()).isCloseTo(difficulty, within(1e-12));
    }
}
