package dev.studyportal.core.review;

import org.jspecify.annotations.Nullable;

/**
 * Which of the learner's queues a review session works through: today's whole queue (every active plan, or the
 * bank for a learner without one), or one plan's alone ({@code /review?plan=ID}).
 *
 * @param planId the plan asked for alone; null for the whole queue
 */
public record QueueScope(@Nullable Long planId) {

    public static final QueueScope WHOLE_QUEUE = new QueueScope(null);

    public static QueueScope plan(long planId) {
        return new QueueScope(planId);
    }
}
