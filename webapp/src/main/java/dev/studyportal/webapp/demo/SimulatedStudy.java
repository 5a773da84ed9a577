package dev.studyportal.webapp.demo;

import dev.studyportal.core.review.ReplaySession;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * One demo learner's days of study, answered question by question the way the review queue offers them
 * ({@link ReviewService#next}): the most overdue first, then new questions up to the day's share, then learning
 * steps due within minutes, and, for a learner who keeps a daily habit, questions drilled ahead from the library.
 * The scheduling is the real one: every answer goes through the replay session and the due times come back from it.
 */
final class SimulatedStudy {

    /** The queue shows a learning step this early rather than make the learner wait (ReviewService.LEARN_AHEAD). */
    private static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    /**
     * Some questions are hard for everyone: one in {@link #HARD_EVERY} of the bank, by its position, counted from
     * the third, is forgotten {@link #HARD_FACTOR} times as often when it comes back for review (its first sight
     * and learning steps are like any other's, else a session would go round one question). The scheduler keeps
     * their stabilities low, so the cohort's average memory of them falls below 80% within the week: the demo
     * assignment's "about to forget". Simulated over many start days, two of the set's ten questions fade that
     * way and learner2's story (Again far more often on coming back) holds.
     */
    static final int HARD_EVERY = 4;

    static final int HARD_FROM = 2;
    static final double HARD_FACTOR = 4;

    private final DemoLearner learner;
    private final ReplaySession session;
    private final Random random;
    private final Instant now;
    private final List<Long> bank;
    private final Deque<Long> unseen;
    private final Set<Long> hard = new HashSet<>();
    private final Map<Long, Instant> lastAnswered = new HashMap<>();
    private int answers;

    SimulatedStudy(DemoLearner learner, ReplaySession session, Random random, Instant now) {
        this.learner = learner;
        this.session = session;
        this.random = random;
        this.now = now;
        this.bank = session.questionIds();
        this.unseen = new ArrayDeque<>(
                bank.stream().filter(id -> session.dueAt(id).isEmpty()).toList());
        for (int position = HARD_FROM; position < bank.size(); position += HARD_EVERY) {
            hard.add(bank.get(position));
        }
    }

    /** @return how many answers the history holds */
    int run() {
        LocalDate today = now.atZone(learner.zone()).toLocalDate();
        for (int daysAgo = learner.firstDayAgo; daysAgo >= learner.lastDayAgo; daysAgo--) {
            // Drawn every day, studied or not, so that one learner's habits never shift another day's draws.
            boolean sitsDown = random.nextDouble() < learner.studyShare;
            int minute = random.nextInt(60);
            if (sitsDown && !learner.onBreak(daysAgo)) {
                LocalDate day = today.minusDays(daysAgo);
                sitting(day.atTime(learner.sessionHour, minute)
                        .atZone(learner.zone())
                        .toInstant());
            }
        }
        return answers;
    }

    private void sitting(Instant start) {
        int wanted = learner.leastAnswers == 0
                ? 0
                : learner.leastAnswers + random.nextInt(learner.mostAnswers - learner.leastAnswers + 1);
        int introduced = 0;
        int answered = 0;
        Instant at = start;
        while (answered < learner.mostAnswers) {
            Optional<Long> question = mostOverdue(at);
            if (question.isEmpty() && introduced < learner.newPerDay && !unseen.isEmpty()) {
                question = Optional.of(unseen.poll());
                introduced++;
            }
            if (question.isEmpty()) {
                question = mostOverdue(at.plus(LEARN_AHEAD));
                if (question.isPresent()) {
                    Instant due = session.dueAt(question.get()).orElseThrow();
                    at = due.isAfter(at) ? due : at;
                }
            }
            if (question.isEmpty() && answered < wanted) {
                question = dueSoonest();
            }
            if (question.isEmpty()) {
                return;
            }
            Rating rating = rating(question.get(), at);
            Duration took = took(rating);
            Instant rated = at.plus(took);
            if (!rated.isBefore(now)) {
                return;
            }
            session.answer(question.get(), rating, rated, took);
            lastAnswered.put(question.get(), rated);
            answered++;
            answers++;
            at = rated.plusSeconds(2 + random.nextInt(7));
        }
    }

    private Optional<Long> mostOverdue(Instant by) {
        return bank.stream()
                .filter(id -> session.dueAt(id).filter(due -> !due.isAfter(by)).isPresent())
                .min(Comparator.comparing((Long id) -> session.dueAt(id).orElseThrow()));
    }

    private Optional<Long> dueSoonest() {
        return bank.stream()
                .filter(id -> session.dueAt(id).isPresent())
                .min(Comparator.comparing((Long id) -> session.dueAt(id).orElseThrow()));
    }

    /**
     * New questions are often missed; a question reviewed when due is forgotten now and then, more often the longer
     * it has been overdue (a learner back from weeks away presses Again a lot), and rarely when drilled ahead.
     */
    private Rating rating(long question, Instant at) {
        double draw = random.nextDouble();
        double hardness = hard.contains(question) ? HARD_FACTOR : 1;
        Instant last = lastAnswered.get(question);
        Optional<Instant> due = session.dueAt(question);
        double forget;
        Duration interval = last == null || due.isEmpty() ? Duration.ZERO : Duration.between(last, due.get());
        if (interval.compareTo(Duration.ofDays(1)) < 0) {
            // Met for the first time, or again within minutes on a learning step.
            forget = 1.5 * learner.forgetting;
        } else {
            double overdue = Duration.between(last, at).toSeconds() / (double) interval.toSeconds();
            forget = Math.min(0.8, learner.forgetting * hardness * (0.3 + Math.pow(overdue, 1.5)));
        }
        if (draw < forget) {
            return Rating.AGAIN;
        }
        double recall = (draw - forget) / (1 - forget);
        return recall < 0.2 ? Rating.HARD : recall < 0.85 ? Rating.GOOD : Rating.EASY;
    }

    /** Answer times spread around the learner's median, longer for a question they could not recall. */
    private Duration took(Rating rating) {
        double seconds = learner.medianSeconds * Math.exp(0.45 * random.nextGaussian());
        if (rating == Rating.AGAIN) {
            seconds *= 1.3;
        }
        return Duration.ofMillis(Math.round(Math.min(Math.max(seconds, 4), 240) * 1000));
    }
}
