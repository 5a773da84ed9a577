package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.studyportal.core.review.LearnerCard;
import dev.studyportal.core.review.ReviewEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where the learner stands with a question: status, next due date, memory strength, history. */
class ProgressCard extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    final Paragraph summary = new Paragraph();
    final UnorderedList history = new UnorderedList();

    ProgressCard() {
        addClassName("progress-card");
        add(new H3("Your progress"), summary, history);
    }

    void show(LearnerCard card, ZoneId zone) {
        history.removeAll();
        if (card.reviews() == 0) {
            summary.setText("Not reviewed yet. It will come up among your new questions in Review.");
            return;
        }
        String status = card.status().name().charAt(0)
                + card.status().name().substring(1).toLowerCase(Locale.ROOT);
        summary.setText("%s · %d %s, %d forgotten · next due %s · remembered for about %s"
                .formatted(
                        status,
                        card.reviews(),
                        card.reviews() == 1 ? "review" : "reviews",
                        card.lapses(),
                        card.due() == null ? "—" : WHEN.format(card.due().atZone(zone)),
                        card.stabilityDays() == null
                                ? "—"
                                : Intervals.format(
                                        java.time.Duration.ofMinutes(Math.round(card.stabilityDays() * 24 * 60)))));
        for (ReviewEntry entry : card.history()) {
            history.add(new ListItem("%s: %s (version %d)"
                    .formatted(
                            WHEN.format(entry.at().atZone(zone)),
                            entry.rating().name().toLowerCase(Locale.ROOT),
                            entry.contentVersion())));
        }
    }
}
