package dev.studyportal.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class QuestionKeyTest {

    @Test
    void renumbering_a_question_keeps_its_key() {
        QuestionKey first = QuestionKey.derived("interview/common-questions", "1. What is overfitting?");
        QuestionKey renumbered = QuestionKey.derived("interview/common-questions", "7. What is overfitting?");

        assertThat(renumbered).isEqualTo(first);
        assertThat(first.value()).isEqualTo("interview/common-questions#what-is-overfitting");
    }

    @Test
    void the_key_is_a_slug_of_the_title_without_punctuation() {
        assertThat(QuestionKey.derived("doc", "14. How would you implement a custom loss function in PyTorch?")
                        .value())
                .isEqualTo("doc#how-would-you-implement-a-custom-loss-function-in-pytorch");
        assertThat(QuestionKey.derived("doc", "Q3) Batch, mini-batch & SGD?").value())
                .isEqualTo("doc#batch-mini-batch-sgd");
    }

    @Test
    void titles_that_are_only_a_number_are_kept_as_their_number() {
        assertThat(QuestionKey.withoutNumber("2024")).isEqualTo("2024");
    }

    @Test
    void an_explicit_heading_id_is_the_key_itself_so_it_survives_moves() {
        assertThat(QuestionKey.explicit("backprop").value()).isEqualTo("backprop");
    }

    @Test
    void long_titles_are_cut_to_fit_the_column() {
        QuestionKey key = QuestionKey.derived("a/very/long/doc", "Why ".repeat(200) + "?");

        assertThat(key.value().length()).isLessThanOrEqualTo(QuestionKey.MAX_LENGTH);
    }

    @Test
    void blank_keys_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QuestionKey(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> QuestionKey.derived("doc", "12. ?"));
    }
}
