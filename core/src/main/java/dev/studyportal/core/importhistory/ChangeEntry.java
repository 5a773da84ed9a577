package dev.studyportal.core.importhistory;

import org.jspecify.annotations.Nullable;

/**
 * What one run did to one question, as the history lists it.
 *
 * @param before the question before the run; null only for an added question
 */
public record ChangeEntry(
        long questionId, ChangeKind kind, @Nullable QuestionSnapshot before, QuestionSnapshot after) {

    static ChangeEntry of(ImportChange change) {
        return new ChangeEntry(change.questionId(), change.getKind(), change.before(), change.after());
    }
}
