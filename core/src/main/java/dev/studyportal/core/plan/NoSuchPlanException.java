package dev.studyportal.core.plan;

/**
 * The plan does not exist for this learner: either there is none with that id or it belongs to someone
 * else. The two are deliberately alike, so that ids tell nobody what others plan.
 */
public class NoSuchPlanException extends RuntimeException {

    public NoSuchPlanException(long planId) {
        super("No such plan: " + planId);
    }
}
