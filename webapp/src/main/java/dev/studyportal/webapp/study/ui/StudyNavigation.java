package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Type-safe links between the study views. */
public final class StudyNavigation {

    private StudyNavigation() {
    }

    public static void toLibrary() {
        UI.getCurrent().navigate(LibraryView.class);
    }

    public static void toQuestion(long questionId) {
        UI.getCurrent().navigate(QuestionView.class, new RouteParameters(QuestionView.ID, String.valueOf(questionId)));
    }
}
