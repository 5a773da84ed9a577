package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.plan.NoSuchPlanException;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.PlanSummary;
import dev.studyportal.core.review.QueueScope;
import dev.studyportal.core.review.ReviewQueue;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.StudyCard;
import dev.studyportal.core.review.TodayAgenda;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.webapp.base.markdown.MarkdownRenderer;
import dev.studyportal.webapp.base.ui.MarkdownContent;
import dev.studyportal.webapp.plan.ui.PlanNavigation;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Today's queue, one card at a time, all by keyboard if the learner likes: Space shows the answer,
 * 1 to 4 rate it, U takes the last rating back. {@code /review?plan=ID} takes the queue of one plan alone.
 */
@Route("review")
@PageTitle("Review · Study Portal")
@Menu(title = "Review", order = 1, icon = "vaadin:check-square-o")
@PermitAll
class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph progress = new Paragraph();
    final Paragraph location = new Paragraph();
    final H2 title = new H2();
    final Paragraph changed = new Paragraph("This question changed since you last reviewed it.");
    final Button showAnswer = new Button("Show answer");
    final Div answer = new Div();
    final RatingBar ratings = new RatingBar(this::rate);
    final Button undo = new Button("Undo last rating", VaadinIcon.ROTATE_LEFT.create());
    final VerticalLayout card = new VerticalLayout();
    final SessionSummary summary = new SessionSummary();
    final Paragraph planNote = new Paragraph();

    private final ReviewService reviews;
    private final MarkdownRenderer markdown;
    private final CurrentLearner learner;
    private final Clock clock;
    private final PlanService plans;
    private @Nullable Long planId;
    private @Nullable StudyCard current;
    private Instant shownAt;

    ReviewView(
            ReviewService reviews, PlanService plans, MarkdownRenderer markdown, CurrentLearner learner, Clock clock) {
        this.reviews = reviews;
        this.plans = plans;
        this.markdown = markdown;
        this.learner = learner;
        this.clock = clock;
        this.shownAt = clock.instant();
        setMaxWidth("60rem");
        addClassName("review");

        progress.addClassName("review-progress");
        location.addClassName("question-location");
        changed.addClassName("notice");
        title.addClassName("question-title");
        showAnswer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        showAnswer.addClickShortcut(Key.SPACE);
        showAnswer.addClickListener(click -> reveal());
        answer.addClassName("answer");

        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.addClickShortcut(Key.KEY_U);
        undo.addClickListener(click -> undoLast());
        undo.setTooltipText("Key U");

        card.setPadding(false);
        card.add(location, title, changed, showAnswer, answer, ratings);
        Paragraph keyboardHelp =
                new Paragraph("Keys: Space shows the answer · 1 Again · 2 Hard · 3 Good · 4 Easy · U undoes");
        keyboardHelp.addClassName("keyboard-help");
        planNote.addClassName("plan-note");
        planNote.setVisible(false);
        add(new H1("Review"), planNote, progress, card, summary, undo, keyboardHelp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = null;
        planNote.setVisible(false);
        Optional<String> wanted = event.getLocation().getQueryParameters().getSingleParameter(PlanNavigation.PLAN);
        if (wanted.isPresent()) {
            Optional<PlanSummary> plan = planOf(wanted.get());
            if (plan.isEmpty()) {
                showNoSuchPlan();
                return;
            }
            planId = plan.get().id();
            planNote.setText("Reviewing one plan only: " + plan.get().name() + ".");
            planNote.add(new Anchor("review", " Review all plans"));
            planNote.setVisible(true);
        }
        showNext();
    }

    private Optional<PlanSummary> planOf(String text) {
        try {
            return Optional.of(plans.plan(learner.username(), Long.parseLong(text)));
        } catch (NumberFormatException | NoSuchPlanException notOneOfTheirs) {
            return Optional.empty();
        }
    }

    private void showNoSuchPlan() {
        current = null;
        card.setVisible(false);
        progress.setText("No such plan.");
        summary.showNoSuchPlan();
        summary.setVisible(true);
        undo.setEnabled(false);
    }

    private void showNext() {
        String username = learner.username();
        show(
                planId == null ? reviews.next(username) : reviews.next(username, planId),
                planId == null ? reviews.agenda(username) : reviews.agenda(username, planId));
    }

    private void show(Optional<StudyCard> next, TodayAgenda agenda) {
        current = next.orElse(null);
        progress.setText("%d due · %d new · %d done today"
                .formatted(agenda.dueNow(), agenda.newToday(), agenda.reviewedToday()));
        undo.setEnabled(agenda.reviewedToday() > 0 || summary.ratedAny());
        card.setVisible(current != null);
        summary.setVisible(current == null);
        if (current == null) {
            summary.show(agenda, () -> reviews.timeZone(learner.username()));
            return;
        }
        String number = current.question().displayNumber() == null
                ? ""
                : current.question().displayNumber() + ". ";
        location.setText(
                current.question().pageTitle() + " › " + current.question().sectionTitle()
                        + (current.status() == dev.studyportal.core.review.CardStatus.NEW ? " · new" : ""));
        title.setText(number + current.question().title());
        changed.setVisible(current.changedSinceLastReview());
        answer.removeAll();
        answer.add(new MarkdownContent(markdown.toSafeHtml(current.question().answerMarkdown())));
        answer.setVisible(false);
        ratings.setVisible(false);
        showAnswer.setVisible(true);
        ratings.show(current.intervals());
        shownAt = clock.instant();
    }

    private void reveal() {
        answer.setVisible(true);
        ratings.setVisible(true);
        showAnswer.setVisible(false);
    }

    private void rate(Rating rating) {
        if (current == null) {
            return;
        }
        ReviewQueue after = reviews.rate(
                learner.username(),
                current,
                rating,
                Duration.between(shownAt, clock.instant()),
                planId == null ? QueueScope.WHOLE_QUEUE : QueueScope.plan(planId));
        summary.rated(current.question().id(), rating);
        show(after.nextCard(), after.agenda());
    }

    private void undoLast() {
        reviews.undoLast(learner.username()).ifPresent(questionId -> {
            summary.undone(questionId);
            showNext();
        });
    }
}
