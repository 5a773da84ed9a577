package dev.studyportal.importer.sync;

import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.core.importhistory.QuestionSnapshot;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a run did, or a dry run would do, to one question, with both sides so that a reviewer can
 * see the difference before anything is written.
 *
 * @param before the question as stored before the run; null for an added question
 * @param answerBefore its answer then; null for an added question
 */
public record QuestionChange(
        ChangeKind change,
        @Nullable QuestionSnapshot before,
        QuestionSnapshot after,
        @Nullable String answerBefore,
        String answerAfter) {

    public QuestionChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(answerAfter, "answerAfter");
    }

    public String key() {
        return after.key();
    }

    public String title() {
        return after.title();
    }

    public boolean answerChanged() {
        return answerBefore != null && !answerBefore.equals(answerAfter);
    }
}
