package dev.studyportal.core.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FsrsCardTest {

    private static final Instant NOW = Instant.parse("2022-11-29T12:30:00Z");

    @Test
    void a_new_card_is_learning_at_step_zero_without_memory() {
        // py-fsrs Card(): state Learning, step 0, no stability, difficulty or last review, due now
        FsrsCard card = FsrsCard.newCard(NOW);

        assertThat(card.isNew()).isTrue();
        assertThat(card.phase()).isEqualTo(CardPhase.LEARNING);
        assertThat(card.step()).isZero();
        assertThat(card.stability()).isNull();
        assertThat(card.difficulty()).isNull();
        assertThat(card.lastReview()).isNull();
        assertThat(card.due()).isEqualTo(NOW);
    }

    @Test
    void step_is_set_exactly_outside_review() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FsrsCard(CardPhase.REVIEW, 0, 3.0, 5.0, NOW, NOW))
                .withMessageContaining("in review has no step");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FsrsCard(CardPhase.RELEARNING, null, 3.0, 5.0, NOW, NOW))
                .withMessageContaining("needs a step");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FsrsCard(CardPhase.LEARNING, -1, null, null, NOW, null));
    }

    @Test
    void memory_state_and_last_review_come_together() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FsrsCard(CardPhase.LEARNING, 0, 3.0, null, NOW, NOW))
                .withMessageContaining("set together");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FsrsCard(CardPhase.LEARNING, 0, 3.0, 5.0, NOW, null))
                .withMessageContaining("set together");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FsrsCard(CardPhase.REVIEW, null, null, null, NOW, null))
                .withMessageContaining("can only be learning");
    }

    @Test
    void stability_and_difficulty_stay_in_the_range_the_scheduler_clamps_to() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FsrsCard(CardPhase.REVIEW, null, 0.0005, 5.0, NOW, NOW))
                .withMessageContaining("Stability");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FsrsCard(CardPhase.REVIEW, null, Double.NaN, 5.0, NOW, NOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FsrsCard(CardPhase.REVIEW, null, 3.0, 10.5, NOW, NOW))
                .withMessageContaining("Difficulty");
        assertThat(new FsrsCard(CardPhase.REVIEW, null, 0.001, 1.0, NOW, NOW).isNew())
                .isFalse();
    }
}
