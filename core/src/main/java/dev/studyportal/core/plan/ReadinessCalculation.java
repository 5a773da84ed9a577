package dev.studyportal.core.plan;

import dev.studyportal.core.review.fsrs.CardPhase;
import dev.studyportal.core.review.fsrs.FsrsCard;
import dev.studyportal.core.review.fsrs.FsrsScheduler;
import dev.studyportal.core.review.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Readiness worked out from a plan's cards, with no database: the method of docs/adr/0007-readiness.md.
 * Every moment is noon in the learner's zone on its day, so that a review in the evening before counts as
 * the same day's memory however the clocks change.
 *
 * @param scheduler the learner's FSRS scheduler, without fuzz so that the forecast is reproducible
 */
record ReadinessCalculation(
        FsrsScheduler scheduler,
        ZoneId zone,
        Instant now,
        LocalDate today,
        LocalDate date,
        double target,
        Duration medianAnswer) {

    /** A card reviewed every time it falls due for longer than this is simulated no further (never reached in practice). */
    private static final int MAXIMUM_SIMULATED_REVIEWS = 400;

    static final LocalTime NOON = LocalTime.NOON;
    static final int WEAKEST = 10;

    /** The days a question needs from its introduction for its first spaced review to fall before the date. */
    static int leadDays(FsrsScheduler scheduler, ZoneId zone, LocalDate day) {
        Instant introduced = day.atTime(NOON).atZone(zone).toInstant();
        FsrsCard card = FsrsCard.newCard(introduced);
        // Through the learning steps, all Good, until the card leaves them for its first spaced review.
        for (int step = 0; step < 20; step++) {
            card = scheduler.review(card, Rating.GOOD, card.due()).card();
            if (card.phase() == CardPhase.REVIEW) {
                break;
            }
        }
        LocalDate firstReview = card.due().atZone(zone).toLocalDate();
        return (int) ChronoUnit.DAYS.between(day, firstReview) + 1;
    }

    Instant noonOf(LocalDate day) {
        return day.atTime(NOON).atZone(zone).toInstant();
    }

    /**
     * @param cards           the plan's questions in bank order
     * @param pace            the plan's pace, whose introductions "following the plan" assumes
     * @param introducedToday new questions of the scope introduced earlier today, which today's pace has used up
     */
    PlanReadiness compute(
            long planId,
            String planName,
            List<ScopeCard> cards,
            PlanPace pace,
            int introducedToday,
            boolean medianMeasured) {
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(today, date));
        Instant dateNoon = noonOf(date);
        List<Instant> curveDays = new ArrayList<>(days + 1);
        for (int d = 0; d <= days; d++) {
            curveDays.add(noonOf(today.plusDays(d)));
        }
        double[] stopCurve = new double[days + 1];
        double[] followCurve = new double[days + 1];
        List<QuestionReadiness> studiedQuestions = new ArrayList<>();
        double stopOnDate = 0;
        double followOnDate = 0;
        long studiedReviews = 0;
        List<ScopeCard> fresh = new ArrayList<>();
        for (ScopeCard card : cards) {
            if (!card.isStudied()) {
                fresh.add(card);
                continue;
            }
            FsrsCard current = card.fsrsCard();
            Simulation followed = simulate(current, later(current.due(), now), dateNoon);
            studiedReviews += followed.reviews();
            for (int d = 0; d <= days; d++) {
                stopCurve[d] += scheduler.retrievability(current, curveDays.get(d));
                followCurve[d] += followed.retrievabilityAt(scheduler, curveDays.get(d));
            }
            double stop = scheduler.retrievability(current, dateNoon);
            double follow = followed.retrievabilityAt(scheduler, dateNoon);
            stopOnDate += stop;
            followOnDate += follow;
            studiedQuestions.add(new QuestionReadiness(card.questionId(), card.title(), stop, follow));
        }

        // Every new question behaves alike when rated Good, so one simulation per introduction day serves them all.
        Simulation[] introducedOn = new Simulation[days + 1];
        for (int k = 0; k <= days; k++) {
            Instant at = later(curveDays.get(k), now);
            introducedOn[k] = simulate(FsrsCard.newCard(at), at, dateNoon);
        }
        int[] planned = planIntroductions(fresh.size(), pace, introducedToday, days);
        for (int k = 0; k < days; k++) {
            if (planned[k] == 0) {
                continue;
            }
            for (int d = k; d <= days; d++) {
                followCurve[d] += planned[k] * introducedOn[k].retrievabilityAt(scheduler, curveDays.get(d));
            }
            followOnDate += planned[k] * introducedOn[k].retrievabilityAt(scheduler, dateNoon);
        }

        int total = cards.size();
        List<ReadinessPoint> curve = new ArrayList<>(days + 1);
        for (int d = 0; d <= days; d++) {
            curve.add(new ReadinessPoint(today.plusDays(d), mean(stopCurve[d], total), mean(followCurve[d], total)));
        }
        List<QuestionReadiness> weakest = studiedQuestions.stream()
                .sorted(Comparator.comparingDouble(QuestionReadiness::followingPlan)
                        .thenComparingDouble(QuestionReadiness::withoutReviews)
                        .thenComparingLong(QuestionReadiness::questionId))
                .limit(WEAKEST)
                .toList();
        TargetEffort effort = effort(
                total,
                followOnDate - newShare(planned, introducedOn, dateNoon),
                studiedReviews,
                fresh.size(),
                introducedToday,
                introducedOn,
                pace,
                days,
                dateNoon);
        return new PlanReadiness(
                planId,
                planName,
                date,
                mean(stopOnDate, total),
                mean(followOnDate, total),
                curve,
                weakest,
                target,
                effort,
                total,
                total - fresh.size(),
                medianAnswer,
                medianMeasured);
    }

    private double newShare(int[] planned, Simulation[] introducedOn, Instant dateNoon) {
        double share = 0;
        for (int k = 0; k < planned.length; k++) {
            share += planned[k] * introducedOn[k].retrievabilityAt(scheduler, dateNoon);
        }
        return share;
    }

    /** How many of {@code fresh} new questions the plan introduces on each day from today, none on the date itself. */
    private int[] planIntroductions(int fresh, PlanPace pace, int introducedToday, int days) {
        int[] planned = new int[days + 1];
        int left = fresh;
        for (int k = 0; k < days && left > 0; k++) {
            int allowed = pace.newOn(today.plusDays(k)) - (k == 0 ? introducedToday : 0);
            planned[k] = Math.min(left, Math.max(0, allowed));
            left -= planned[k];
        }
        return planned;
    }

    /**
     * The fewest new questions a day, introduced no later than each one's first review allows, that bring the
     * date's readiness to the target; the studied questions count as followed either way.
     */
    private TargetEffort effort(
            int total,
            double studiedOnDate,
            long studiedReviews,
            int fresh,
            int introducedToday,
            Simulation[] introducedOn,
            PlanPace pace,
            int days,
            Instant dateNoon) {
        int lastDay = pace.latestNewDay() == null
                ? days - 1
                : (int) Math.min(days - 1, ChronoUnit.DAYS.between(today, pace.latestNewDay()));
        lastDay = Math.max(0, Math.min(lastDay, days - 1));
        double[] onDate = new double[days + 1];
        for (int k = 0; k <= days; k++) {
            onDate[k] = introducedOn[k].retrievabilityAt(scheduler, dateNoon);
        }
        TargetEffort best = null;
        for (int perDay = fresh == 0 ? 0 : 1; perDay <= Math.max(fresh, 0); perDay++) {
            double sum = studiedOnDate;
            long reviews = studiedReviews;
            int left = fresh;
            for (int k = 0; k <= lastDay && left > 0 && days > 0; k++) {
                int n = Math.min(left, Math.max(0, perDay - (k == 0 ? introducedToday : 0)));
                sum += n * onDate[k];
                reviews += (long) n * introducedOn[k].reviews();
                left -= n;
            }
            double readiness = mean(sum, total);
            int minutes = (int) Math.ceil(reviews * (double) medianAnswer.toMillis() / Math.max(1, days) / 60_000.0);
            TargetEffort effort = new TargetEffort(readiness >= target, perDay, minutes, readiness);
            if (effort.reachable()) {
                return effort;
            }
            if (best == null || readiness > best.readiness()) {
                best = effort;
            }
        }
        return best == null ? new TargetEffort(false, 0, 0, mean(studiedOnDate, total)) : best;
    }

    private Simulation simulate(FsrsCard start, Instant firstReview, Instant until) {
        List<FsrsCard> states = new ArrayList<>();
        boolean isNew = start.isNew();
        if (!isNew) {
            states.add(start);
        }
        FsrsCard card = start;
        Instant at = firstReview;
        int reviews = 0;
        while (at.isBefore(until) && reviews < MAXIMUM_SIMULATED_REVIEWS) {
            card = scheduler.review(card, Rating.GOOD, at).card();
            states.add(card);
            reviews++;
            at = later(card.due(), at);
        }
        return new Simulation(states, reviews);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static double mean(double sum, int count) {
        return count == 0 ? 0 : sum / count;
    }

    /** A card's states after each simulated review, oldest first (a studied card's current state first). */
    private record Simulation(List<FsrsCard> states, int reviews) {

        double retrievabilityAt(FsrsScheduler scheduler, Instant at) {
            FsrsCard latest = null;
            for (FsrsCard state : states) {
                if (state.lastReview() != null && !state.lastReview().isAfter(at)) {
                    latest = state;
                } else {
                    break;
                }
            }
            return latest == null ? 0 : scheduler.retrievability(latest, at);
        }
    }
}
