package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.content.ContentTotals;
import jakarta.annotation.security.PermitAll;

/** Where a learner lands: what the bank holds and where to start. */
@Route("")
@PageTitle("Today · Study Portal")
@Menu(title = "Today", order = 0)
@PermitAll
class TodayView extends VerticalLayout {

    final Paragraph summary = new Paragraph();

    TodayView(ContentService content, AuthenticationContext authentication) {
        ContentTotals totals = content.totals();
        String name = authentication.getPrincipalName().orElse("there");
        summary.setText(totals.questions() == 0
                ? "The question bank is empty. An administrator can import it from the docs folder."
                : "The bank holds %d questions in %d sections. Pick a section in the library and reveal answers as you go."
                        .formatted(totals.questions(), totals.sections()));
        Button library = new Button("Open the library", click -> StudyNavigation.toLibrary());
        library.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Welcome, " + name), summary, library);
    }
}
