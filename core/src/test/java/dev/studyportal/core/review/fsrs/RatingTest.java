package dev.studyportal.core.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RatingTest {

    @Test
    void ratings_map_to_and_from_fsrs_grades() {
        assertThat(Rating.of(1)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.of(2)).isEqualTo(Rating.HARD);
        assertThat(Rating.of(3)).isEqualTo(Rating.GOOD);
        assertThat(Rating.of(4)).isEqualTo(Rating.EASY);
        assertThat(Rating.GOOD.value()).isEqualTo(3);
        assertThatIllegalArgumentException().isThrownBy(() -> Rating.of(0)).withMessageContaining("not 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Rating.of(5));
    }

    @Test
    void only_again_is_a_lapse() {
        assertThat(Rating.AGAIN.isRecall()).isFalse();
        assertThat(Rating.HARD.isRecall()).isTrue();
        assertThat(Rating.GOOD.isRecall()).isTrue();
        assertThat(Rating.EASY.isRecall()).isTrue();
    }
}
