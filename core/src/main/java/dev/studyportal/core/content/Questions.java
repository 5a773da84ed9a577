package dev.studyportal.core.content;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The questions other features may look up, to attach a learner's rows (cards, notes) to one: the bank
 * itself is written only by the importer. Not a guarded service, as the bank is the same for everyone and
 * its callers are guarded services. The method names are those of {@link QuestionRepository}, which those
 * features used before. See {@code docs/adr/0010-features-keep-their-repositories.md}.
 */
@Component
public class Questions {

    private final QuestionRepository questions;

    Questions(QuestionRepository questions) {
        this.questions = questions;
    }

    /** The question, retired or not; the caller decides what a retired one means for it. */
    public Optional<Question> findById(long id) {
        return questions.findById(id);
    }

    /** The active questions in the order the library lists them. */
    public List<Long> findActiveIdsInBankOrder() {
        return questions.findActiveIdsInBankOrder();
    }
}
