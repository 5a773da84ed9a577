package dev.studyportal.core.plan;

import java.util.Set;

/**
 * What a plan covers: any mix of whole pages, single sections and page tags. A question is in scope
 * when any of them names it, so a question added to a page in scope joins the plan on the next import.
 * Assignments a learner adds to a plan are kept beside the scope ({@link PlanAssignments}), not in it, so
 * that the plan's form, which edits the scope, never drops them.
 */
public record PlanScope(Set<Long> pageIds, Set<Long> sectionIds, Set<String> tags) {

    public static final PlanScope EMPTY = new PlanScope(Set.of(), Set.of(), Set.of());

    public PlanScope {
        pageIds = Set.copyOf(pageIds);
        sectionIds = Set.copyOf(sectionIds);
        tags = Set.copyOf(tags);
    }

    public boolean isEmpty() {
        return pageIds.isEmpty() && sectionIds.isEmpty() && tags.isEmpty();
    }
}
