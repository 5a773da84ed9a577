package dev.studyportal.core.review;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.content.QuestionDetail;
import dev.studyportal.core.content.Questions;
import dev.studyportal.core.review.PlanScopes.ActivePlan;
import dev.studyportal.core.review.fsrs.FsrsCard;
import dev.studyportal.core.review.fsrs.FsrsParameters;
import dev.studyportal.core.review.fsrs.FsrsScheduler;
import dev.studyportal.core.review.fsrs.Rating;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today's queue and the ratings that move it, for the learner named in each call. The day is the
 * learner's own, from midnight in their time zone: a learner in Auckland and one in Honolulu get
 * their new questions at their own midnights. Only the learner themselves may ask ({@link OwnData}).
 */
@Service
@Transactional
@OwnData
public class ReviewService {

    /** Learning steps are minutes apart; show a card that early rather than make the learner wait. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    /**
     * Longer than this and the learner has walked away from the card: the dashboards count this much, not the
     * hours a tab stood open. Capped here, so that every way a rating comes is counted alike.
     */
    static final Duration LONGEST_COUNTED_LOOK = Duration.ofMinutes(10);

    private final Learners accounts;
    private final Questions questions;
    private final CardStateRepository cards;
    private final ReviewLogRepository logs;
    private final ContentService content;
    private final CardReviews reviews;
    private final Clock clock;
    private final ObjectProvider<PlanScopes> planScopes;
    private final ApplicationEventPublisher events;

    ReviewService(
            Learners accounts,
            Questions questions,
            CardStateRepository cards,
            ReviewLogRepository logs,
            ContentService content,
            CardReviews reviews,
            Clock clock,
            ObjectProvider<PlanScopes> planScopes,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.questions = questions;
        this.cards = cards;
        this.logs = logs;
        this.content = content;
        this.reviews = reviews;
        this.clock = clock;
        this.planScopes = planScopes;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public TodayAgenda agenda(String username) {
        return agenda(standing(learner(username), null));
    }

    /** Today's agenda of one of the learner's plans alone; nothing for a plan that is not theirs or not active. */
    @Transactional(readOnly = true)
    public TodayAgenda agenda(String username, long planId) {
        return agenda(standing(learner(username), planId));
    }

    private TodayAgenda agenda(Standing standing) {
        UserAccount learner = standing.learner();
        int reviewAllowance = standing.reviewAllowance();
        int reviewed = standing.rated().total();
        List<ActivePlan> plans = standing.plans();
        if (plans == null) {
            DueToday due = reviewAllowance == 0
                    ? DueToday.NONE
                    : cards.dueToday(
                            learner.id(), standing.now(), standing.day().end());
            int dueNow = (int) Math.min(reviewAllowance, due.dueNow());
            int dueToday = (int) Math.min(reviewAllowance, due.dueBeforeMidnight());
            Instant nextDue = dueToday > dueNow ? due.nextDue() : null;
            int newAllowance = standing.newAllowance();
            int newToday = newAllowance == 0 ? 0 : (int) cards.countNewQuestions(learner.id(), newAllowance);
            return new TodayAgenda(dueNow, dueToday - dueNow, newToday, reviewed, nextDue);
        }
        if (plans.isEmpty()) {
            return new TodayAgenda(0, 0, 0, reviewed, null);
        }
        PlanScopes scopes = planScopes.getObject();
        Instant now = standing.now();
        List<Long> ids = plans.stream().map(ActivePlan::id).toList();
        int dueNow = (int) Math.min(reviewAllowance, scopes.countDue(learner.id(), ids, now));
        int dueToday = (int) Math.min(
                reviewAllowance,
                scopes.countDue(learner.id(), ids, standing.day().end()));
        Instant nextDue = dueToday > dueNow
                ? scopes.findDue(learner.id(), ids, standing.day().end(), Pageable.ofSize(dueNow + 1))
                        .getLast()
                        .getDueAt()
                : null;
        int newAllowance = standing.newAllowance();
        int newToday = scopes.newToday(learner.id(), plans, newAllowance);
        List<PlanToday> shares = plans.stream()
                .map(plan -> new PlanToday(
                        plan.id(),
                        plan.name(),
                        (int) Math.min(reviewAllowance, scopes.countDue(learner.id(), List.of(plan.id()), now)),
                        (int) Math.min(
                                Math.min(newAllowance, plan.newLeftToday()),
                                scopes.countNew(learner.id(), List.of(plan.id())))))
                .toList();
        return new TodayAgenda(dueNow, dueToday - dueNow, newToday, reviewed, nextDue, shares);
    }

    /** Reads the learner's day once for everything one call answers. */
    private Standing standing(UserAccount learner, @Nullable Long onlyPlan) {
        Instant now = clock.instant();
        Day day = Day.of(learner, now);
        return new Standing(
                learner, now, day, logs.ratedSince(learner.id(), day.start()), steering(learner, day, onlyPlan));
    }

    /**
     * The plans that steer the learner's queue today: null for the whole bank (a learner without active plans),
     * else the active plans, or only {@code onlyPlan} (none when it is not an active plan of theirs).
     */
    private @Nullable List<ActivePlan> steering(UserAccount learner, Day day, @Nullable Long onlyPlan) {
        PlanScopes scopes = planScopes.getIfAvailable();
        if (scopes == null) {
            return onlyPlan == null ? null : List.of();
        }
        LocalDate today =
                day.start().atZone(learner.getStudyPreferences().timeZone()).toLocalDate();
        List<ActivePlan> active = scopes.activePlans(learner.id(), today, day.start());
        if (onlyPlan != null) {
            return active.stream().filter(plan -> plan.id() == onlyPlan).toList();
        }
        return active.isEmpty() ? null : active;
    }

    /**
     * The next question to study now: the most overdue review first, then a new question, and only
     * when neither is left a learning step that falls due within {@link #LEARN_AHEAD}, so that a
     * card just rated does not come straight back while there is other work. With active plans only their
     * questions come, new ones plan by plan as each plan's pace allows.
     */
    @Transactional(readOnly = true)
    public Optional<StudyCard> next(String username) {
        return next(standing(learner(username), null));
    }

    /** The next question of one of the learner's plans alone; none for a plan that is not theirs or not active. */
    @Transactional(readOnly = true)
    public Optional<StudyCard> next(String username, long planId) {
        return next(standing(learner(username), planId));
    }

    private Optional<StudyCard> next(Standing standing) {
        UserAccount learner = standing.learner();
        Instant now = standing.now();
        List<ActivePlan> plans = standing.plans();
        if (plans != null && plans.isEmpty()) {
            return Optional.empty();
        }
        boolean reviewsAllowed = standing.reviewAllowance() > 0;
        if (reviewsAllowed) {
            Optional<CardState> due = firstDue(learner, plans, now);
            if (due.isPresent()) {
                return Optional.of(studyCard(learner, due.get().getQuestion().id(), due, now));
            }
        }
        if (standing.newAllowance() > 0) {
            Optional<Long> fresh = plans == null
                    ? cards.findNewQuestionIds(learner.id(), Pageable.ofSize(1)).stream()
                            .findFirst()
                    : plans.stream()
                            .filter(plan -> plan.newLeftToday() > 0)
                            .map(plan -> planScopes.getObject().firstNew(learner.id(), plan.id()))
                            .flatMap(Optional::stream)
                            .findFirst();
            if (fresh.isPresent()) {
                return Optional.of(studyCard(learner, fresh.get(), cards.find(learner.id(), fresh.get()), now));
            }
        }
        if (reviewsAllowed) {
            return firstDue(learner, plans, now.plus(LEARN_AHEAD))
                    .map(card -> studyCard(learner, card.getQuestion().id(), Optional.of(card), now));
        }
        return Optional.empty();
    }

    private Optional<CardState> firstDue(UserAccount learner, @Nullable List<ActivePlan> plans, Instant before) {
        List<CardState> due = plans == null
                ? cards.findDue(learner.id(), before, Pageable.ofSize(1))
                : planScopes
                        .getObject()
                        .findDue(
                                learner.id(), plans.stream().map(ActivePlan::id).toList(), before, Pageable.ofSize(1));
        return due.stream().findFirst();
    }

    /**
     * Rates a question for the learner and reschedules it.
     *
     * @param took how long the learner looked at it, for the dashboards; counted up to ten minutes
     */
    public void rate(String username, long questionId, Rating rating, Duration took) {
        record(learner(username), questionId, rating, took, null);
    }

    /**
     * Rates the card the queue showed. A second rating of the same showing is ignored: when the
     * database went away after the first was committed but before its reply arrived, the learner's
     * retry must not count twice.
     *
     * @param took how long the learner looked at it, for the dashboards; counted up to ten minutes
     */
    public void rate(String username, StudyCard shown, Rating rating, Duration took) {
        if (!logs.existsByAttempt(shown.attempt())) {
            record(learner(username), shown.question().id(), rating, took, shown.attempt());
        }
    }

    /**
     * Rates the card the queue showed, as {@link #rate(String, StudyCard, Rating, Duration)} does, and answers
     * with what the review screen shows next: the next card of the same queue and today's counts. One
     * transaction and one round trip instead of three, on the path every rating takes.
     *
     * @param took  how long the learner looked at it, for the dashboards; counted up to ten minutes
     * @param scope the queue the card came from: the next card and the counts are of it
     */
    public ReviewQueue rate(String username, StudyCard shown, Rating rating, Duration took, QueueScope scope) {
        UserAccount learner = learner(username);
        if (!logs.existsByAttempt(shown.attempt())) {
            record(learner, shown.question().id(), rating, took, shown.attempt());
        }
        // One reading of the day after the rating serves both answers.
        Standing standing = standing(learner, scope.planId());
        return new ReviewQueue(next(standing).orElse(null), agenda(standing));
    }

    private void record(UserAccount learner, long questionId, Rating rating, Duration took, @Nullable UUID attempt) {
        Question question = questions
                .findById(questionId)
                .filter(q -> !q.isRetired())
                .orElseThrow(() -> new NoSuchQuestionException(questionId));
        Instant at = clock.instant();
        Duration counted = took.compareTo(LONGEST_COUNTED_LOOK) > 0 ? LONGEST_COUNTED_LOOK : took;
        reviews.review(learner, question, rating, at, counted, scheduler(learner), attempt);
        events.publishEvent(new QuestionRated(learner.id(), questionId, rating, at));
    }

    /**
     * Takes back the learner's latest rating: the card returns to its state before it, and the log
     * entry is marked undone.
     *
     * @return the question whose rating was taken back, if there was one
     */
    public Optional<Long> undoLast(String username) {
        UserAccount learner = learner(username);
        return logs.findLatest(learner.id()).map(log -> {
            long questionId = log.getQuestion().id();
            CardState card = cards.find(learner.id(), questionId).orElseThrow();
            reviews.undo(card, log, clock.instant());
            return questionId;
        });
    }

    @Transactional(readOnly = true)
    public LearnerCard card(String username, long questionId) {
        UserAccount learner = learner(username);
        return cards.find(learner.id(), questionId)
                .map(card -> new LearnerCard(
                        card.status(),
                        card.getReps() == 0 ? null : card.getDueAt(),
                        card.getStability(),
                        card.getDifficulty(),
                        card.getReps(),
                        card.getLapses(),
                        card.isBookmarked(),
                        card.changedSinceLastReview(),
                        card.getSeenContentVersion(),
                        logs.findHistory(learner.id(), questionId).stream()
                                .map(l -> new ReviewEntry(
                                        l.getReviewedAt(), l.getRating(), l.getDueAfter(), l.getContentVersion()))
                                .toList()))
                .orElse(LearnerCard.UNSEEN);
    }

    /** The zone whose midnight starts the learner's day, for showing times to them. */
    @Transactional(readOnly = true)
    public java.time.ZoneId timeZone(String username) {
        return learner(username).getStudyPreferences().timeZone();
    }

    /** @return whether the question is bookmarked now */
    public boolean toggleBookmark(String username, long questionId) {
        UserAccount learner = learner(username);
        Question question = questions.findById(questionId).orElseThrow(() -> new NoSuchQuestionException(questionId));
        CardState card =
                cards.find(learner.id(), questionId).orElseGet(() -> cards.save(new CardState(learner, question)));
        return card.toggleBookmark();
    }

    private StudyCard studyCard(UserAccount learner, long questionId, Optional<CardState> state, Instant now) {
        QuestionDetail detail = content.question(questionId).orElseThrow(() -> new NoSuchQuestionException(questionId));
        FsrsCard fsrsCard = state.map(card -> card.fsrsCard(now)).orElseGet(() -> FsrsCard.newCard(now));
        // Buttons show the intervals without fuzz; the rating itself draws the fuzz.
        FsrsScheduler preview = new FsrsScheduler(parameters(learner).withFuzzingEnabled(false));
        Map<Rating, Duration> intervals = new EnumMap<>(Rating.class);
        preview.preview(fsrsCard, now).forEach((rating, outcome) -> intervals.put(rating, outcome.interval()));
        return new StudyCard(
                detail,
                state.map(CardState::status).orElse(CardStatus.NEW),
                intervals,
                state.map(CardState::changedSinceLastReview).orElse(false),
                UUID.randomUUID());
    }

    private FsrsScheduler scheduler(UserAccount learner) {
        return new FsrsScheduler(parameters(learner));
    }

    private static FsrsParameters parameters(UserAccount learner) {
        return LearnerParameters.of(learner.getStudyPreferences());
    }

    private UserAccount learner(String username) {
        return accounts.requireByUsername(username);
    }

    /**
     * What one call knows of the learner's queue, read once: the moment, their day, today's ratings so far and
     * the plans that steer the queue (null for the whole bank).
     */
    private record Standing(
            UserAccount learner,
            Instant now,
            Day day,
            RatedSince rated,
            @Nullable List<ActivePlan> plans) {

        /** Reviews the Settings limit still allows today. */
        int reviewAllowance() {
            return (int) Math.max(0, learner.getStudyPreferences().dailyReviewLimit() - rated.repeated());
        }

        /** New questions the Settings limit still allows today: the ceiling over the whole bank and every plan. */
        int newAllowance() {
            return (int) Math.max(0, learner.getStudyPreferences().dailyNewLimit() - rated.introduced());
        }
    }

    /** The learner's current day: from their midnight to the next. */
    record Day(Instant start, Instant end) {
        static Day of(UserAccount learner, Instant now) {
            StudyPreferences preferences = learner.getStudyPreferences();
            LocalDate today = now.atZone(preferences.timeZone()).toLocalDate();
            ZonedDateTime start = today.atStartOfDay(preferences.timeZone());
            return new Day(
                    start.toInstant(),
                    today.plusDays(1).atStartOfDay(preferences.timeZone()).toInstant());
        }
    }
}
