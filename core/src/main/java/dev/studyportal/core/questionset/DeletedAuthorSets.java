package dev.studyportal.core.questionset;

import dev.studyportal.core.account.AccountDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account takes the sets its person built with it; removed one by one so that their rows go too. */
@Component
class DeletedAuthorSets {

    private final QuestionSetRepository sets;

    DeletedAuthorSets(QuestionSetRepository sets) {
        this.sets = sets;
    }

    @EventListener
    void forget(AccountDeleting deletion) {
        sets.deleteAll(sets.findAllOfAuthor(deletion.accountId()));
        sets.flush();
    }
}
