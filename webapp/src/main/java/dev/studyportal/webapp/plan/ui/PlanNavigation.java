package dev.studyportal.webapp.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

/** Type-safe links to the plan views, and to a review of one plan alone. */
public final class PlanNavigation {

    /** The query parameter of {@code /review} that narrows the queue to one plan. */
    public static final String PLAN = "plan";

    private PlanNavigation() {}

    public static void toPlans() {
        UI.getCurrent().navigate(PlansView.class);
    }

    public static void toPlan(long planId) {
        UI.getCurrent().navigate(PlanView.class, new RouteParameters(PlanView.ID, String.valueOf(planId)));
    }

    /** {@code /review?plan=ID}: the queue of one plan only. */
    public static void toReviewOf(long planId) {
        UI.getCurrent().navigate("review", QueryParameters.of(PLAN, String.valueOf(planId)));
    }

    public static String planAddress(long planId) {
        return "plans/" + planId;
    }
}
