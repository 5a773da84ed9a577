package dev.studyportal.core.review;

import dev.studyportal.core.account.AccountDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account takes its card states and its whole review history, rollup included, with it. */
@Component
class DeletedLearnerCards {

    private final CardStateRepository cards;
    private final ReviewLogRepository logs;
    private final ReviewRollup rollup;

    DeletedLearnerCards(CardStateRepository cards, ReviewLogRepository logs, ReviewRollup rollup) {
        this.cards = cards;
        this.logs = logs;
        this.rollup = rollup;
    }

    @EventListener
    void forget(AccountDeleting deletion) {
        rollup.forget(deletion.accountId());
        logs.deleteAllOfLearner(deletion.accountId());
        cards.deleteAllOfLearner(deletion.accountId());
    }
}
