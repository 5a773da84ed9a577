package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.TodayAgenda;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;

/** Where a learner lands: what is due today, and the way into the review. */
@Route("")
@PageTitle("Today · Study Portal")
@Menu(title = "Today", order = 0)
@PermitAll
class TodayView extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Button start = new Button("Start review", click -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class)));

    TodayView(ContentService content, ReviewService reviews, CurrentLearner learner) {
        String username = learner.username();
        TodayAgenda agenda = reviews.agenda(username);
        if (content.totals().questions() == 0) {
            summary.setText("The question bank is empty. An administrator can import it from the docs folder.");
        } else if (agenda.isDone()) {
            summary.setText(agenda.reviewedToday() > 0
                    ? "All done for today: %d reviewed. Browse the library, or come back tomorrow.".formatted(agenda.reviewedToday())
                    : "Nothing is due right now. Browse the library, or come back later.");
        } else {
            summary.setText("Today: %d %s due and %d new %s to learn.".formatted(agenda.dueNow(),
                    agenda.dueNow() == 1 ? "review" : "reviews", agenda.newToday(),
                    agenda.newToday() == 1 ? "question" : "questions"));
        }
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(!agenda.isDone());
        Button library = new Button("Open the library", click -> StudyNavigation.toLibrary());
        add(new H1("Welcome, " + username), summary, new HorizontalLayout(start, library));
    }
}
