package dev.studyportal.core.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/**
 * The study plans that steer today's queue, as the queue needs them. The plan feature provides this; the
 * queue only asks, so that plans can build on reviews without reviews knowing about plans. Every call
 * is for one learner, and only that learner's plans answer.
 */
public interface PlanScopes {

    /**
     * The learner's plans that steer the queue today, oldest first. None means the whole bank.
     *
     * @param dayStart the learner's midnight, from which today's introductions count
     */
    List<ActivePlan> activePlans(long learnerId, LocalDate today, Instant dayStart);

    /** Reviewed cards of active questions in any of the plans due before {@code before}; each card once. */
    long countDue(long learnerId, Collection<Long> planIds, Instant before);

    /** Those cards, most overdue first. */
    List<CardState> findDue(long learnerId, Collection<Long> planIds, Instant before, Pageable pageable);

    /** Active questions in any of the plans that the learner has never rated; each question once. */
    long countNew(long learnerId, Collection<Long> planIds);

    /**
     * How many new questions the queue will serve today, plan by plan in order, within {@code ceiling}: a
     * question introduced for one plan counts for every plan whose scope holds it, so plans that overlap
     * share their new questions rather than add them up.
     */
    int newToday(long learnerId, List<ActivePlan> plans, int ceiling);

    /** The plan's next new question in the bank's reading order. */
    Optional<Long> firstNew(long learnerId, long planId);

    /**
     * A plan as the queue sees it today.
     *
     * @param newLeftToday new questions the plan's pace still asks for today, before the Settings ceiling
     */
    record ActivePlan(long id, String name, int newLeftToday) {}
}
