package dev.studyportal.core.review;

import dev.studyportal.core.account.AccountDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account takes its card states and its whole review history with it. */
@Component
class DeletedLearnerCards {

    private final CardStateRepository cards;
    private final ReviewLogRepository logs;

    DeletedLearnerCards(CardStateRepository cards, ReviewLogRepository logs) {
        this.cards = cards;
        this.logs = logs;
    }

    @EventListener
    void forget(AccountDeleting deletion) {
        logs.deleteAllOfLearner(deletion.accountId());
        cards.deleteAllOfLearner(deletion.accountId());
    }
}
