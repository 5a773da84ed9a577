package dev.studyportal.webapp.assignment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Type-safe links to an assignment's analytics, {@code /cohorts/{cohortId}/assignments/{assignmentId}}. */
public final class AssignmentNavigation {

    private AssignmentNavigation() {}

    public static void toAnalytics(long cohortId, long assignmentId) {
        UI.getCurrent()
                .navigate(
                        AssignmentAnalyticsView.class,
                        new RouteParameters(java.util.Map.of(
                                AssignmentAnalyticsView.COHORT,
                                String.valueOf(cohortId),
                                AssignmentAnalyticsView.ASSIGNMENT,
                                String.valueOf(assignmentId))));
    }

    public static String analyticsAddress(long cohortId, long assignmentId) {
        return "cohorts/" + cohortId + "/assignments/" + assignmentId;
    }
}
