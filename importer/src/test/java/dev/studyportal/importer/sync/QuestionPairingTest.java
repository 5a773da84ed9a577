package dev.studyportal.importer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.importer.sync.QuestionPairing.Candidate;
import dev.studyportal.importer.sync.QuestionPairing.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of docs/adr/0005-question-pairing.md: what is one question reworded, and what is another question. */
class QuestionPairingTest {

    static final String OVERFITTING = """
            **Answer:** The model learns the noise of its training data as if it were signal, so it scores
            well on that data and badly on new data. Prevent it with more data, regularization (L1, L2,
            dropout), early stopping, and cross-validation to see it happen.""";

    @Test
    void a_reworded_title_over_the_same_answer_is_the_same_question() {
        assertThat(pairs(
                        old("What is overfitting and how do you prevent it?", OVERFITTING),
                        fresh("Overfitting: what is it, and how can it be avoided?", OVERFITTING)))
                .hasSize(1);
    }

    @Test
    void a_fixed_typo_and_an_added_sentence_are_the_same_question() {
        assertThat(
                        pairs(
                                old("What is overfiting and how do you prevent it?", OVERFITTING),
                                fresh(
                                        "What is overfitting and how do you prevent it?",
                                        OVERFITTING
                                                + "\nA validation curve that rises while the training curve falls is the sign to look for.")))
                .hasSize(1);
    }

    @Test
    void a_small_title_edit_with_a_largely_rewritten_answer_is_the_same_question() {
        String rewritten = """
                **Answer:** The model learns the noise of its training data as if it were signal. Against it:
                gather more examples, add weight penalties, stop training early, and watch a validation set.""";
        assertThat(TextSimilarity.dice(
                        TextSimilarity.answerShingles(OVERFITTING), TextSimilarity.answerShingles(rewritten)))
                .isBetween(QuestionPairing.RELATED_ANSWER, QuestionPairing.SAME_ANSWER);
        assertThat(pairs(
                        old("What is overfitting and how do you prevent it?", OVERFITTING),
                        fresh("What is overfitting and how can you prevent it?", rewritten)))
                .hasSize(1);
    }

    @Test
    void a_different_question_with_a_similar_title_is_not_the_same_question() {
        String underfitting = """
                **Answer:** A model too simple for the pattern in the data, with high error on the training
                set itself. Use a richer model, better features, or less regularization.""";
        assertThat(pairs(
                        old("What is overfitting and how do you prevent it?", OVERFITTING),
                        fresh("What is underfitting and how do you prevent it?", underfitting)))
                .isEmpty();
    }

    @Test
    void one_title_over_two_different_answers_is_two_questions() {
        assertThat(pairs(
                        old(
                                "What is its time complexity?",
                                "**Answer:** O(n log n) on average, as every level halves the input."),
                        fresh(
                                "What is its time complexity?",
                                "**Answer:** Constant per operation, amortised over resizes of the table.")))
                .isEmpty();
    }

    @Test
    void short_answers_that_say_the_opposite_are_not_the_same_question() {
        assertThat(pairs(old("Is Java pass-by-value?", "Yes, always."), fresh("Is Java pass-by-reference?", "No.")))
                .isEmpty();
    }

    @Test
    void each_question_is_paired_at_most_once_and_the_best_pairs_win() {
        String hashMap = "**Answer:** Buckets indexed by the key's hash; lookups take constant time on average.";
        String treeMap = "**Answer:** A red-black tree ordered by key; lookups take logarithmic time.";
        List<Pair<String, String>> pairs = QuestionPairing.pair(
                List.of(old("How does a HashMap work?", hashMap), old("How does a TreeMap work?", treeMap)),
                List.of(
                        fresh("How does Java's TreeMap work?", treeMap),
                        fresh("How does Java's HashMap work?", hashMap),
                        fresh("How does Java's HashMap work, and when does it resize?", hashMap)));

        assertThat(pairs)
                .extracting(pair -> pair.old() + " -> " + pair.fresh())
                .containsExactlyInAnyOrder(
                        "How does a HashMap work? -> How does Java's HashMap work?",
                        "How does a TreeMap work? -> How does Java's TreeMap work?");
    }

    private static List<Pair<String, String>> pairs(Candidate<String> old, Candidate<String> fresh) {
        return QuestionPairing.pair(List.of(old), List.of(fresh));
    }

    private static Candidate<String> old(String title, String answer) {
        return new Candidate<>(title, title, answer);
    }

    private static Candidate<String> fresh(String title, String answer) {
        return new Candidate<>(title, title, answer);
    }
}
