package dev.studyportal.core.cohort;

import org.jspecify.annotations.Nullable;

/**
 * An invitation code that lets the person nowhere, with the reason. Nothing has been saved when it is
 * thrown. Only {@link InviteProblem#ALREADY_MEMBER} names the cohort, which the person is in anyway.
 */
public class InviteRefusedException extends RuntimeException {

    private final InviteProblem problem;
    private final @Nullable Long cohortId;

    InviteRefusedException(InviteProblem problem) {
        this(problem, null);
    }

    InviteRefusedException(InviteProblem problem, @Nullable Long cohortId) {
        super(problem.message());
        this.problem = problem;
        this.cohortId = cohortId;
    }

    public InviteProblem problem() {
        return problem;
    }

    /** The cohort the person is already in, for a link to it; empty for every other problem. */
    public @Nullable Long cohortId() {
        return cohortId;
    }
}
