package dev.studyportal.webapp.questionset.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Type-safe links to the question-set views, for this feature and for others (assignments). */
public final class QuestionSetNavigation {

    private QuestionSetNavigation() {}

    public static void toSets() {
        UI.getCurrent().navigate(QuestionSetsView.class);
    }

    public static void toSet(long setId) {
        UI.getCurrent().navigate(QuestionSetView.class, new RouteParameters(QuestionSetView.ID, String.valueOf(setId)));
    }

    public static String setAddress(long setId) {
        return "sets/" + setId;
    }
}
