package dev.studyportal.importer.sync;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How alike two texts are, from 0 (nothing shared) to 1 (the same words in the same order), as the
 * Sørensen–Dice coefficient of their shingle multisets. Titles are compared by character bigrams,
 * which forgive a changed word ending or a typo; answers by word bigrams, which see a rewritten
 * sentence but not the shared vocabulary of one topic. See docs/adr/0005-question-pairing.md.
 */
final class TextSimilarity {

    /** Below this many words an answer has too few word pairs to compare; its characters are compared instead. */
    private static final int FEW_WORDS = 4;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextSimilarity() {}

    /** Shingles of a title: character bigrams of its words, case and punctuation ignored. */
    static Map<String, Integer> titleShingles(String title) {
        return characterBigrams(words(title));
    }

    /** Shingles of an answer: word bigrams, or character bigrams of a very short answer. */
    static Map<String, Integer> answerShingles(String answer) {
        String[] words = words(answer).split(" ");
        if (words.length < FEW_WORDS) {
            return characterBigrams(String.join(" ", words));
        }
        Map<String, Integer> shingles = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            shingles.merge(words[i - 1] + ' ' + words[i], 1, Integer::sum);
        }
        return shingles;
    }

    static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int sizeA = size(a);
        int sizeB = size(b);
        if (sizeA == 0 && sizeB == 0) {
            return 1;
        }
        Map<String, Integer> smaller = a.size() <= b.size() ? a : b;
        Map<String, Integer> larger = smaller == a ? b : a;
        int shared = 0;
        for (Map.Entry<String, Integer> shingle : smaller.entrySet()) {
            shared += Math.min(shingle.getValue(), larger.getOrDefault(shingle.getKey(), 0));
        }
        return 2.0 * shared / (sizeA + sizeB);
    }

    private static String words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }

    private static Map<String, Integer> characterBigrams(String text) {
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 1; i < text.length(); i++) {
            bigrams.merge(text.substring(i - 1, i + 1), 1, Integer::sum);
        }
        return bigrams;
    }

    private static int size(Map<String, Integer> shingles) {
        int size = 0;
        for (int count : shingles.values()) {
            size += count;
        }
        return size;
    }
}
