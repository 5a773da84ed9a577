package dev.studyportal.importer.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs questions the bank no longer names by their old key with new questions that have no
 * stored counterpart, when title and answer say they are the same question: an edited title, a
 * moved question, a renamed page. The rules and thresholds are argued in
 * docs/adr/0005-question-pairing.md; the best-scoring pairs are taken first, each side at most once.
 */
final class QuestionPairing {

    /** An answer this alike is the same question, whatever its title now says (a rename, a move). */
    static final double SAME_ANSWER = 0.75;
    /** A title this alike, with an answer that still shares this much, is the same question reworded. */
    static final double SAME_TITLE = 0.8;

    static final double RELATED_ANSWER = 0.35;

    /** Words so common among the candidates that sharing them says nothing; they are not used to find candidates. */
    private static final int COMMON_SHINGLE_SHARE = 20;

    private QuestionPairing() {}

    /** One side of a possible pair: what is compared, and whatever the caller wants back. */
    record Candidate<T>(T item, String title, String answer) {}

    record Pair<O, N>(O old, N fresh, double titleSimilarity, double answerSimilarity) {}

    /** Whether two questions, so alike, are one question. */
    static boolean same(double titleSimilarity, double answerSimilarity) {
        return answerSimilarity >= SAME_ANSWER || (titleSimilarity >= SAME_TITLE && answerSimilarity >= RELATED_ANSWER);
    }

    static <O, N> List<Pair<O, N>> pair(List<Candidate<O>> olds, List<Candidate<N>> news) {
        if (olds.isEmpty() || news.isEmpty()) {
            return List.of();
        }
        List<Fingerprint<O>> oldPrints = olds.stream().map(Fingerprint::of).toList();
        Map<String, List<Integer>> oldsByShingle = index(oldPrints);
        int common = Math.max(COMMON_SHINGLE_SHARE, olds.size() / 20);
        List<Scored<O, N>> scored = new ArrayList<>();
        for (Candidate<N> fresh : news) {
            Fingerprint<N> print = Fingerprint.of(fresh);
            for (int oldIndex : candidates(print, oldsByShingle, common)) {
                Fingerprint<O> old = oldPrints.get(oldIndex);
                double title = TextSimilarity.dice(old.title(), print.title());
                double answer = TextSimilarity.dice(old.answer(), print.answer());
                if (same(title, answer)) {
                    scored.add(
                            new Scored<>(oldIndex, fresh.item(), old.candidate().item(), title, answer));
                }
            }
        }
        // Best first: the answer weighs more, since titles of different questions are often alike.
        scored.sort(Comparator.comparingDouble((Scored<O, N> s) -> 0.35 * s.title() + 0.65 * s.answer())
                .reversed());
        Set<Integer> takenOld = new HashSet<>();
        Set<N> takenNew = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Pair<O, N>> pairs = new ArrayList<>();
        for (Scored<O, N> s : scored) {
            if (!takenOld.contains(s.oldIndex()) && !takenNew.contains(s.fresh())) {
                takenOld.add(s.oldIndex());
                takenNew.add(s.fresh());
                pairs.add(new Pair<>(s.old(), s.fresh(), s.title(), s.answer()));
            }
        }
        return pairs;
    }

    private static <O> Map<String, List<Integer>> index(List<Fingerprint<O>> prints) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < prints.size(); i++) {
            for (String shingle : prints.get(i).lookup()) {
                index.computeIfAbsent(shingle, s -> new ArrayList<>()).add(i);
            }
        }
        return index;
    }

    /** The old questions that share at least one telling shingle with the new one: the rest cannot pair. */
    private static Set<Integer> candidates(Fingerprint<?> print, Map<String, List<Integer>> index, int common) {
        Set<Integer> found = new HashSet<>();
        for (String shingle : print.lookup()) {
            List<Integer> olds = index.get(shingle);
            if (olds != null && olds.size() <= common) {
                found.addAll(olds);
            }
        }
        if (found.isEmpty()) {
            // Only common shingles: fall back to them rather than miss a pair.
            for (String shingle : print.lookup()) {
                found.addAll(index.getOrDefault(shingle, List.of()));
            }
        }
        return found;
    }

    private record Fingerprint<T>(Candidate<T> candidate, Map<String, Integer> title, Map<String, Integer> answer) {

        static <T> Fingerprint<T> of(Candidate<T> candidate) {
            return new Fingerprint<>(
                    candidate,
                    TextSimilarity.titleShingles(candidate.title()),
                    TextSimilarity.answerShingles(candidate.answer()));
        }

        /** Answer shingles, plus title bigrams prefixed so they never meet an answer shingle. */
        Set<String> lookup() {
            Set<String> keys = new HashSet<>(answer.keySet());
            title.keySet().forEach(bigram -> keys.add("t:" + bigram));
            return keys;
        }
    }

    private record Scored<O, N>(int oldIndex, N fresh, O old, double title, double answer) {}
}
