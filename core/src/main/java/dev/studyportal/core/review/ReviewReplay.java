package dev.studyportal.core.review;

import dev.studyportal.core.access.AdminOnly;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.content.Questions;
import dev.studyportal.core.review.fsrs.FsrsScheduler;
import dev.studyportal.core.review.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a learner gave in the past, recorded at the instants they were given: the card states and review log
 * rows are exactly what {@link ReviewService#rate} writes (through {@link CardReviews}), only the clock is the
 * answer's and the scheduler's fuzz comes from the caller, so that a seeded replay is reproducible. The demo
 * profile builds its learners' histories with it. Writing history in somebody's name is an administrator's act.
 */
@Service
@Transactional
public class ReviewReplay {

    private final Learners accounts;
    private final Questions questions;
    private final CardStateRepository cards;
    private final ReviewLogRepository logs;
    private final CardReviews reviews;

    ReviewReplay(
            Learners accounts,
            Questions questions,
            CardStateRepository cards,
            ReviewLogRepository logs,
            CardReviews reviews) {
        this.accounts = accounts;
        this.questions = questions;
        this.cards = cards;
        this.logs = logs;
        this.reviews = reviews;
    }

    /** Whether the learner has any review on record, so that a history is never replayed twice. */
    @AdminOnly
    @Transactional(readOnly = true)
    public boolean hasHistory(String username) {
        return logs.findLatest(accounts.requireByUsername(username).id()).isPresent();
    }

    /**
     * Lets {@code answers} replay the learner's history in one transaction: all of it is recorded, or none.
     *
     * @param fuzz where the scheduler draws the spread of day intervals from; seed it for the same history
     */
    @AdminOnly
    public void replay(String username, RandomGenerator fuzz, Consumer<ReplaySession> answers) {
        UserAccount learner = accounts.requireByUsername(username);
        answers.accept(
                new Session(learner, new FsrsScheduler(LearnerParameters.of(learner.getStudyPreferences()), fuzz)));
    }

    private final class Session implements ReplaySession {

        private final UserAccount learner;
        private final FsrsScheduler scheduler;
        // The learner's cards stay in hand: looking each up again would flush every answer on its own, where
        // holding them lets the whole history go to the database in batches when the transaction commits.
        private final Map<Long, CardState> cardsByQuestion = new HashMap<>();
        private Instant previous = Instant.MIN;

        Session(UserAccount learner, FsrsScheduler scheduler) {
            this.learner = learner;
            this.scheduler = scheduler;
            for (CardState card : cards.findAllOfLearner(learner.id())) {
                cardsByQuestion.put(card.getQuestion().id(), card);
            }
        }

        @Override
        public List<Long> questionIds() {
            return questions.findActiveIdsInBankOrder();
        }

        @Override
        public Optional<Instant> dueAt(long questionId) {
            CardState card = cardsByQuestion.get(questionId);
            return card == null || card.getReps() == 0 ? Optional.empty() : Optional.ofNullable(card.getDueAt());
        }

        @Override
        public Instant answer(long questionId, Rating rating, Instant at, Duration took) {
            if (at.isBefore(previous)) {
                throw new IllegalArgumentException(
                        "Answers are replayed oldest first, but " + at + " comes after " + previous);
            }
            CardState card = cardsByQuestion.computeIfAbsent(
                    questionId,
                    id -> reviews.card(
                            learner,
                            questions
                                    .findById(id)
                                    .filter(q -> !q.isRetired())
                                    .orElseThrow(() -> new NoSuchQuestionException(id))));
            ReviewLog log = reviews.review(card, rating, at, took, scheduler, null);
            previous = at;
            return log.getDueAfter();
        }
    }
}
