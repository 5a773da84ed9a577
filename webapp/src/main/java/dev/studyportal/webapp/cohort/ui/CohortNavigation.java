package dev.studyportal.webapp.cohort.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Type-safe links to the cohort views. */
public final class CohortNavigation {

    private CohortNavigation() {}

    public static void toCohorts() {
        UI.getCurrent().navigate(CohortsView.class);
    }

    public static void toCohort(long cohortId) {
        UI.getCurrent().navigate(CohortView.class, new RouteParameters(CohortView.ID, String.valueOf(cohortId)));
    }

    /** The invitation's page for a code as typed or pasted; a pasted link is cut down to its code. */
    public static void toJoin(String code) {
        String typed = code.strip();
        String last = typed.substring(typed.lastIndexOf('/') + 1).replaceAll("\\s+", "");
        UI.getCurrent().navigate(JoinCohortView.class, new RouteParameters(JoinCohortView.CODE, last));
    }

    public static String cohortAddress(long cohortId) {
        return "cohorts/" + cohortId;
    }

    /** The path of an invitation link, relative to the portal's root; the view makes it absolute for copying. */
    public static String joinAddress(String code) {
        return "cohorts/join/" + code;
    }
}
