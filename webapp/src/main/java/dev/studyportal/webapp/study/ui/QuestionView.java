package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.content.QuestionContent;
import dev.studyportal.core.content.QuestionDetail;
import dev.studyportal.core.note.NoteService;
import dev.studyportal.core.note.SharedNoteService;
import dev.studyportal.core.review.LearnerCard;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.webapp.base.markdown.MarkdownRenderer;
import dev.studyportal.webapp.base.ui.MarkdownContent;
import dev.studyportal.webapp.content.ContentProperties;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * One question at a bookmarkable address: the answer stays hidden until asked for; beside it the
 * learner's progress, bookmark and private note (which they may share with their cohorts), the notes fellow
 * members shared, and what changed since they last reviewed it.
 */
@Route("question/:" + QuestionView.ID)
@PermitAll
class QuestionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final H1 title = new H1();
    final Paragraph location = new Paragraph();
    final Button showAnswer = new Button("Show answer", VaadinIcon.EYE.create());
    final VerticalLayout answer = new VerticalLayout();
    final Paragraph notice = new Paragraph();
    final Button bookmark = new Button();
    final NoteField note;
    final Paragraph source = new Paragraph();
    final Anchor edit = new Anchor();
    final ProgressCard progress = new ProgressCard();
    final ChangesCard changes = new ChangesCard();
    final CohortNotesCard cohortNotes;

    private final ContentService content;
    private final ReviewService reviews;
    private final MarkdownRenderer markdown;
    private final CurrentLearner learner;
    private final ContentProperties contentProperties;
    private String pageTitle = "Question · Study Portal";
    private long questionId;

    QuestionView(
            ContentService content,
            ReviewService reviews,
            NoteService notes,
            SharedNoteService sharedNotes,
            MarkdownRenderer markdown,
            CurrentLearner learner,
            ContentProperties contentProperties) {
        this.content = content;
        this.reviews = reviews;
        this.markdown = markdown;
        this.learner = learner;
        this.contentProperties = contentProperties;
        this.cohortNotes = new CohortNotesCard(sharedNotes, markdown);
        this.note = new NoteField(notes, learner, cohortNotes::refresh);
        setMaxWidth("60rem");

        Button back = new Button("Library", VaadinIcon.ARROW_LEFT.create(), click -> StudyNavigation.toLibrary());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bookmark.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bookmark.addClickListener(click -> showBookmark(reviews.toggleBookmark(learner.username(), questionId)));
        showAnswer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showAnswer.addClickListener(click -> {
            answer.setVisible(true);
            showAnswer.setVisible(false);
        });
        answer.setPadding(false);
        answer.addClassName("answer");
        location.addClassName("question-location");
        title.addClassName("question-title");
        notice.addClassName("notice");
        source.addClassName("question-source");
        edit.setTarget(AnchorTarget.BLANK);
        edit.getElement().setAttribute("rel", "noopener noreferrer");

        HorizontalLayout top = new HorizontalLayout(back, bookmark);
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(top, location, title, notice, changes, showAnswer, answer, note, cohortNotes, progress, source);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<QuestionDetail> question = event.getRouteParameters()
                .get(ID)
                .flatMap(QuestionView::questionId)
                .flatMap(content::question);
        if (question.isEmpty()) {
            showMissing();
            return;
        }
        QuestionDetail detail = question.get();
        questionId = detail.id();
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
        source.setText("Source: %s, line %d ".formatted(detail.sourcePath(), detail.sourceLine()));
        Optional<String> editUrl = contentProperties.editUrl(detail.sourcePath(), detail.customEditUrl());
        edit.setVisible(editUrl.isPresent());
        editUrl.ifPresent(url -> {
            edit.setHref(url);
            edit.setText("Edit this page");
        });
        source.add(edit);

        String username = learner.username();
        LearnerCard card = reviews.card(username, questionId);
        progress.show(card, reviews.timeZone(username));
        showBookmark(card.bookmarked());
        note.show(questionId);
        cohortNotes.show(username, questionId, reviews.timeZone(username));
        cohortNotes.setVisible(true);
        bookmark.setVisible(true);
        showChanges(detail, card);
    }

    /** The id in the address, if it is a number at all: whatever else a person types there leads to no question. */
    private static Optional<Long> questionId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private void showChanges(QuestionDetail detail, LearnerCard card) {
        Integer seen = card.seenContentVersion();
        if (!card.changedSinceLastReview() || seen == null) {
            changes.setVisible(false);
            return;
        }
        int seenVersion = seen;
        Optional<QuestionContent> before = content.contentAt(detail.id(), seenVersion);
        changes.setVisible(before.isPresent());
        before.ifPresent(old -> changes.show(
                old,
                new QuestionContent(detail.title(), detail.answerMarkdown()),
                seenVersion,
                detail.contentVersion()));
    }

    private void showBookmark(boolean bookmarked) {
        bookmark.setText(bookmarked ? "Bookmarked" : "Bookmark");
        bookmark.setIcon(bookmarked ? VaadinIcon.BOOKMARK.create() : VaadinIcon.BOOKMARK_O.create());
    }

    private void showMissing() {
        title.setText("No such question");
        pageTitle = "No such question · Study Portal";
        location.setText("");
        notice.setVisible(true);
        notice.setText(
                "This address does not lead to a question. It may be mistyped; find the question in the library.");
        answer.removeAll();
        answer.setVisible(false);
        showAnswer.setVisible(false);
        note.setVisible(false);
        cohortNotes.setVisible(false);
        bookmark.setVisible(false);
        progress.setVisible(false);
        changes.setVisible(false);
        source.setText("");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
