package dev.studyportal.core.assignment;

import java.util.List;
import java.util.Map;

/**
 * What a cohort's owners and instructors see of one assignment, besides the matrix.
 *
 * @param states  how many members are in each state (every state present)
 * @param behind  the members behind before the due moment, as {@link CompletionRule} defines it
 * @param hardest up to ten questions, hardest first (share of Again, then lapse rate, then lowest stability)
 */
public record ClassAnalytics(
        AssignmentSummary assignment,
        int members,
        Map<AssignmentState, Integer> states,
        List<MemberProgress> behind,
        List<HardQuestion> hardest,
        List<FadingQuestion> aboutToForget) {

    public ClassAnalytics {
        states = Map.copyOf(states);
        behind = List.copyOf(behind);
        hardest = List.copyOf(hardest);
        aboutToForget = List.copyOf(aboutToForget);
    }
}
