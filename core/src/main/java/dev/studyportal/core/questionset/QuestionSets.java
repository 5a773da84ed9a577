package dev.studyportal.core.questionset;

import dev.studyportal.core.account.UserAccount;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features (assignments) reach a set without its repository: only through its author. Not a
 * guarded service; its callers have tied the account to the signed-in person already.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class QuestionSets {

    private final QuestionSetRepository sets;

    QuestionSets(QuestionSetRepository sets) {
        this.sets = sets;
    }

    /** @throws NoSuchQuestionSetException when the author has no set with that id */
    public QuestionSet authoredBy(UserAccount author, long setId) {
        return sets.findOwn(author.id(), setId).orElseThrow(() -> new NoSuchQuestionSetException(setId));
    }

    /** The author's own sets by name, for a feature that offers them to pick from (the assign dialog). */
    public List<QuestionSet> allAuthoredBy(UserAccount author) {
        return sets.findAllOfAuthor(author.id());
    }

    /** A set by id for a feature that has already shown the caller may see it (through an assignment). */
    public QuestionSet require(long setId) {
        return sets.findById(setId).orElseThrow(() -> new NoSuchQuestionSetException(setId));
    }

    /**
     * The set's questions in its order as the bank has them now (title, page, section, retired), read as flat
     * rows: for a feature that shows an assigned set to the cohort. Takes the set itself, found through
     * {@link #authoredBy} or {@link #require}, so that the caller has decided first who may see it.
     */
    public List<QuestionSetItem> items(QuestionSet set) {
        return sets.findItems(set.id());
    }
}
