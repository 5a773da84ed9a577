package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Type-safe links between the study views. */
public final class StudyNavigation {

    private StudyNavigation() {}

    /** A link to Today, the way into the review queue, for other features' pages. */
    public static RouterLink linkToToday(String text) {
        return new RouterLink(text, TodayView.class);
    }

    public static void toLibrary() {
        UI.getCurrent().navigate(LibraryView.class);
    }

    public static void toQuestion(long questionId) {
        UI.getCurrent().navigate(QuestionView.class, new RouteParameters(QuestionView.ID, String.valueOf(questionId)));
    }
}
