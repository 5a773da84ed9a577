package dev.studyportal.bench;

import dev.studyportal.core.content.QuestionContent;
import dev.studyportal.core.content.QuestionKey;
import dev.studyportal.core.content.SearchTerms;
import dev.studyportal.importer.parse.ParsedBank;
import dev.studyportal.importer.parse.ParsedQuestion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fewest writes a re-sync can make for a change of the bank, worked out by comparing the bank
 * before and after: a rewritten question needs its row updated, a new revision and the search terms
 * that changed; a question that only moved down its page (an answer above it grew) needs its
 * row updated for the new line. Pages and sections are left out: an edit of answers changes neither.
 *
 * @param questionUpdates rows of {@code question} that must change
 * @param revisions rows of {@code question_revision} that must be added
 * @param termRows rows of {@code question_term} that must be deleted or inserted
 */
record EditFloor(long questionUpdates, long revisions, long termRows) {

    static EditFloor between(ParsedBank before, ParsedBank after) {
        Map<QuestionKey, Stored> old = stored(before);
        long updates = 0;
        long revisions = 0;
        long termRows = 0;
        for (Map.Entry<QuestionKey, Stored> entry : stored(after).entrySet()) {
            Stored was = Objects.requireNonNull(old.get(entry.getKey()), "An edit adds no questions");
            Stored now = entry.getValue();
            if (!now.hash.equals(was.hash)) {
                updates++;
                revisions++;
                termRows += difference(was.terms, now.terms) + difference(now.terms, was.terms);
            } else if (!now.placement.equals(was.placement)) {
                updates++;
            }
        }
        return new EditFloor(updates, revisions, termRows);
    }

    /** What Hibernate counts: entity writes, without the rows of the terms collection. */
    long entityWrites() {
        return questionUpdates + revisions;
    }

    long rows() {
        return questionUpdates + revisions + termRows;
    }

    private record Stored(String hash, Set<String> terms, String placement) {

        static Stored of(ParsedQuestion question, String path) {
            QuestionContent content = new QuestionContent(question.title(), question.answer());
            return new Stored(
                    content.hash(),
                    SearchTerms.of(content.title(), content.answer()),
                    path + ":" + question.line() + ":" + question.displayNumber());
        }
    }

    private static Map<QuestionKey, Stored> stored(ParsedBank bank) {
        Map<QuestionKey, Stored> stored = new HashMap<>();
        bank.pages()
                .forEach(page -> page.sections()
                        .forEach(section -> section.questions()
                                .forEach(question -> stored.put(question.key(), Stored.of(question, page.path())))));
        return stored;
    }

    private static int difference(Set<String> these, Set<String> those) {
        Set<String> rest = new HashSet<>(these);
        rest.removeAll(those);
        return rest.size();
    }
}
