package dev.studyportal.core.assignment;

/**
 * One member on one assignment, by the {@link CompletionRule}.
 *
 * @param behind before the due moment, fewer questions counting than the share of the time gone
 */
public record MemberProgress(
        String username, String displayName, AssignmentState state, CompletionRule.Counts counts, boolean behind) {}
