package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.content.QuestionDetail;
import dev.studyportal.webapp.base.markdown.MarkdownRenderer;
import dev.studyportal.webapp.base.ui.MarkdownContent;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** One question at a bookmarkable address; the answer stays hidden until the learner asks for it. */
@Route("question/:" + QuestionView.ID)
@PermitAll
class QuestionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final H1 title = new H1();
    final Paragraph location = new Paragraph();
    final Button showAnswer = new Button("Show answer", VaadinIcon.EYE.create());
    final VerticalLayout answer = new VerticalLayout();
    final Paragraph notice = new Paragraph();

    private final ContentService content;
    private final MarkdownRenderer markdown;
    private String pageTitle = "Question · Study Portal";

    QuestionView(ContentService content, MarkdownRenderer markdown) {
        this.content = content;
        this.markdown = markdown;
        setMaxWidth("60rem");

        Button back = new Button("Library", VaadinIcon.ARROW_LEFT.create(), click -> StudyNavigation.toLibrary());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showAnswer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showAnswer.addClickShortcut(com.vaadin.flow.component.Key.SPACE);
        showAnswer.addClickListener(click -> {
            answer.setVisible(true);
            showAnswer.setVisible(false);
        });
        answer.setPadding(false);
        answer.addClassName("answer");
        location.addClassName("question-location");
        title.addClassName("question-title");
        notice.addClassName("notice");
        add(back, location, title, notice, showAnswer, answer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<QuestionDetail> question = event.getRouteParameters().getLong(ID).flatMap(content::question);
        if (question.isEmpty()) {
            showMissing();
            return;
        }
        QuestionDetail detail = question.get();
        String number = detail.displayNumber() == null ? "" : detail.displayNumber() + ". ";
        title.setText(number + detail.title());
        pageTitle = detail.title() + " · Study Portal";
        location.setText(detail.pageTitle() + " › " + detail.sectionTitle());
        notice.setVisible(detail.retired());
        notice.setText("This question has left the question bank. Your history with it is kept.");
        answer.removeAll();
        answer.add(new MarkdownContent(markdown.toSafeHtml(detail.answerMarkdown())));
        answer.setVisible(false);
        showAnswer.setVisible(true);
    }

    private void showMissing() {
        title.setText("No such question");
        pageTitle = "No such question · Study Portal";
        location.setText("");
        notice.setVisible(true);
        notice.setText("This address does not lead to a question. It may be mistyped; find the question in the library.");
        answer.removeAll();
        answer.setVisible(false);
        showAnswer.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
