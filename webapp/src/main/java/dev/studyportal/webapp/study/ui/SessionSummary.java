package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.studyportal.core.review.TodayAgenda;
import dev.studyportal.core.review.fsrs.Rating;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * What a review session did, shown when the queue has nothing to show now: how many ratings, how many of them
 * Again, and when the next card falls due. It keeps the session's own ratings, latest first, so that an undo
 * takes back from the counts exactly the rating it took back from the learner's history.
 */
class SessionSummary extends VerticalLayout {

    private final Deque<Rated> ratings = new ArrayDeque<>();

    SessionSummary() {
        setPadding(false);
    }

    void rated(long questionId, Rating rating) {
        ratings.push(new Rated(questionId, rating));
    }

    /**
     * The learner's latest rating, of this question, was taken back. It leaves the counts only when it is this
     * session's latest: an undo may also reach a rating given earlier today or in another tab.
     */
    void undone(long questionId) {
        Rated latest = ratings.peek();
        if (latest != null && latest.questionId() == questionId) {
            ratings.pop();
        }
    }

    boolean ratedAny() {
        return !ratings.isEmpty();
    }

    /** @param zone the learner's time zone, asked for only when a time is shown */
    void show(TodayAgenda agenda, Supplier<ZoneId> zone) {
        removeAll();
        int rated = ratings.size();
        long again = ratings.stream().filter(r -> r.rating() == Rating.AGAIN).count();
        add(new H2(rated == 0 ? "Nothing to review right now" : "Session done"));
        if (rated > 0) {
            add(new Paragraph("You rated %d %s in this session%s."
                    .formatted(
                            rated,
                            rated == 1 ? "question" : "questions",
                            again == 0 ? "" : ", %d of them Again".formatted(again))));
        }
        Instant nextDue = agenda.nextDueToday();
        if (nextDue != null) {
            String at = DateTimeFormatter.ofPattern("HH:mm").format(nextDue.atZone(zone.get()));
            add(new Paragraph("%d more %s due later today; the next at %s."
                    .formatted(agenda.dueLaterToday(), agenda.dueLaterToday() == 1 ? "is" : "are", at)));
        } else {
            add(new Paragraph("Come back tomorrow for your next reviews, or browse the library."));
        }
        add(new Button("Open the library", click -> StudyNavigation.toLibrary()));
        setAlignItems(FlexComponent.Alignment.START);
    }

    void showNoSuchPlan() {
        removeAll();
        add(
                new Paragraph("This address does not lead to one of your plans. Review all your plans instead, "
                        + "or pick a plan from the list."),
                new HorizontalLayout(new Anchor("review", "Review all plans"), new Anchor("plans", "Your plans")));
    }

    private record Rated(long questionId, Rating rating) {}
}
