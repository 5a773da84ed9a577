package dev.studyportal.core.content;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a question can be found by: lower-case letters and digits, accents folded, from its
 * title and answer. Searches match words by prefix, so "regular" finds "regularization".
 */
public final class SearchTerms {

    public static final int MAX_TERM_LENGTH = 64;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchTerms() {}

    public static Set<String> of(String title, String answer) {
        Set<String> terms = new LinkedHashSet<>();
        terms.addAll(words(title));
        terms.addAll(words(answer));
        return terms;
    }

    /** What a person typed, as the words to look for; short words are kept (a search for "l1" is fine). */
    public static List<String> query(String text) {
        return words(text).stream().distinct().limit(8).toList();
    }

    private static List<String> words(String text) {
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.splitAsStream(folded.toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word)
                .toList();
    }
}
