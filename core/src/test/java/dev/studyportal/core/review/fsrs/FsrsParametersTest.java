package dev.studyportal.core.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FsrsParametersTest {

    @Test
    void defaults_are_py_fsrs_scheduler_defaults() {
        FsrsParameters defaults = FsrsParameters.defaults();

        assertThat(defaults.weights())
                .containsExactly(
                        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
                        0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
        assertThat(defaults.desiredRetention()).isEqualTo(0.9);
        assertThat(defaults.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(defaults.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(defaults.maximumIntervalDays()).isEqualTo(36500);
        assertThat(defaults.fuzzingEnabled()).isTrue();
    }

    @Test
    void weights_outside_the_reference_bounds_or_of_the_wrong_count_are_rejected() {
        // py-fsrs test_scheduler_parameter_validation
        assertThat(FsrsParameters.defaults()
                        .withWeights(FsrsParameters.DEFAULT_WEIGHTS)
                        .weights())
                .isEqualTo(FsrsParameters.DEFAULT_WEIGHTS);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> withWeight(6, 100))
                .withMessageContaining("weights[6] = 100.0 is out of bounds [0.001, 4.0]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withWeight(10, -42))
                .withMessageContaining("weights[10] = -42.0 is out of bounds");

        List<Double> twoBad = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        twoBad.set(0, 0.0);
        twoBad.set(3, 101.0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withWeights(twoBad))
                .withMessageContaining("weights[0] = 0.0")
                .withMessageContaining("weights[3] = 101.0");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withWeights(List.of()))
                .withMessageContaining("needs 21 weights, got 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withWeights(FsrsParameters.DEFAULT_WEIGHTS.subList(0, 20)))
                .withMessageContaining("got 20");
        List<Double> tooMany = Stream.concat(FsrsParameters.DEFAULT_WEIGHTS.stream(), Stream.of(1.0, 2.0, 3.0))
                .toList();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withWeights(tooMany))
                .withMessageContaining("got 24");
    }

    @Test
    void an_fsrs5_weight_set_is_rejected_with_a_hint() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withWeights(FsrsParameters.DEFAULT_WEIGHTS.subList(0, 19)))
                .withMessageContaining("FSRS-5");
    }

    @Test
    void weights_must_be_finite_numbers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withWeight(2, Double.NaN))
                .withMessageContaining("weights[2] = NaN is not a finite number");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withWeight(20, Double.POSITIVE_INFINITY))
                .withMessageContaining("weights[20] = Infinity is not a finite number");
        List<Double> withNull = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        withNull.set(5, null);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withWeights(withNull))
                .withMessageContaining("weights[5] = null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withWeights(null));
    }

    @Test
    void desired_retention_must_lie_strictly_between_zero_and_one() {
        for (double retention : new double[] {0.0, 1.0, -0.1, 1.5, Double.NaN}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> FsrsParameters.defaults().withDesiredRetention(retention))
                    .withMessageContaining("strictly between 0 and 1");
        }
        assertThat(FsrsParameters.defaults().withDesiredRetention(0.97).desiredRetention())
                .isEqualTo(0.97);
    }

    @Test
    void steps_must_be_positive_and_may_be_empty() {
        assertThat(FsrsParameters.defaults().withLearningSteps(List.of()).learningSteps())
                .isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withLearningSteps(List.of(Duration.ZERO)))
                .withMessageContaining("learning steps must be positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withRelearningSteps(List.of(Duration.ofMinutes(-1))))
                .withMessageContaining("relearning steps must be positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withRelearningSteps(Arrays.asList((Duration) null)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withLearningSteps(null));
    }

    @Test
    void the_maximum_interval_is_at_least_one_day() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withMaximumIntervalDays(0))
                .withMessageContaining("at least 1 day");
        assertThat(FsrsParameters.defaults().withMaximumIntervalDays(1).maximumIntervalDays())
                .isEqualTo(1);
    }

    @Test
    void parameters_keep_their_own_copies_of_the_lists() {
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        FsrsParameters parameters = FsrsParameters.defaults().withWeights(weights);

        weights.set(0, 1.0);

        assertThat(parameters.weight(0)).isEqualTo(0.212);
        assertThat(parameters.weights()).isUnmodifiable();
    }

    private static FsrsParameters withWeight(int index, double value) {
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(index, value);
        return FsrsParameters.defaults().withWeights(weights);
    }
}
