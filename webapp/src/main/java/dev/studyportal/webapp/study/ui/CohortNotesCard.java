package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.cohort.NoSuchCohortException;
import dev.studyportal.core.note.CannotShareNoteException;
import dev.studyportal.core.note.CohortNote;
import dev.studyportal.core.note.NoteSharing;
import dev.studyportal.core.note.SharedNoteService;
import dev.studyportal.webapp.base.markdown.MarkdownRenderer;
import dev.studyportal.webapp.base.ui.MarkdownContent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Under the learner's own note: with which of their cohorts it is shared (share, share again, withdraw), and
 * what fellow members of their cohorts shared on the question, each with its author and date. Members read a
 * copy taken when the author shared it; the card says when the learner's note has changed since.
 */
class CohortNotesCard extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    final VerticalLayout sharing = new VerticalLayout();
    final Paragraph problem = new Paragraph();
    final VerticalLayout others = new VerticalLayout();

    private final SharedNoteService shared;
    private final MarkdownRenderer markdown;
    private String username = "";
    private long questionId;
    private ZoneId zone = ZoneId.of("UTC");

    CohortNotesCard(SharedNoteService shared, MarkdownRenderer markdown) {
        this.shared = shared;
        this.markdown = markdown;
        addClassName("cohort-notes");
        setPadding(false);
        sharing.setPadding(false);
        sharing.setSpacing(false);
        sharing.addClassName("note-sharing");
        problem.addClassName("note-sharing-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        others.setPadding(false);
        others.addClassName("shared-notes");
        add(sharing, problem, others);
    }

    void show(String username, long questionId, ZoneId zone) {
        this.username = username;
        this.questionId = questionId;
        this.zone = zone;
        problem.setVisible(false);
        refresh();
    }

    /** Shows the sharing and the shared notes as stored now, for instance after the learner's note changed. */
    void refresh() {
        List<NoteSharing> cohorts = shared.sharing(username, questionId);
        sharing.removeAll();
        sharing.setVisible(!cohorts.isEmpty());
        if (!cohorts.isEmpty()) {
            sharing.add(new Span("Share your note with a cohort: its members read a copy of it as it is now, "
                    + "with your name and the date, until you withdraw it."));
            cohorts.forEach(cohort -> sharing.add(sharingRow(cohort)));
        }
        List<CohortNote> notes = shared.sharedWith(username, questionId);
        others.removeAll();
        others.setVisible(!notes.isEmpty());
        if (!notes.isEmpty()) {
            others.add(new H3("Notes from your cohorts"));
            notes.forEach(note -> others.add(sharedNote(note)));
        }
    }

    private HorizontalLayout sharingRow(NoteSharing cohort) {
        Span state = new Span(cohort.cohortName() + ": " + stateOf(cohort));
        state.addClassName("sharing-state");
        HorizontalLayout row = new HorizontalLayout(state);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!cohort.archived() && !(cohort.shared() && cohort.upToDate())) {
            row.add(small(
                    cohort.shared() ? "Share again" : "Share",
                    cohort,
                    () -> shared.share(username, questionId, cohort.cohortId())));
        }
        if (cohort.shared()) {
            row.add(small("Withdraw", cohort, () -> shared.withdraw(username, questionId, cohort.cohortId())));
        }
        return row;
    }

    private String stateOf(NoteSharing cohort) {
        if (!(cohort.sharedAt() instanceof Instant sharedAt)) {
            return cohort.archived() ? "archived, not shared" : "not shared";
        }
        String since = "shared on " + DAY.format(sharedAt.atZone(zone));
        return cohort.upToDate() ? since : since + "; your note has changed since, members still read the earlier copy";
    }

    private Button small(String text, NoteSharing cohort, Runnable action) {
        Button button = new Button(text, click -> act(action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", text + " your note with " + cohort.cohortName());
        return button;
    }

    private void act(Runnable action) {
        problem.setVisible(false);
        try {
            action.run();
        } catch (CannotShareNoteException | CohortPermissionException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
        } catch (NoSuchCohortException e) {
            problem.setText("You are no longer in that cohort, so nothing can be shared there.");
            problem.setVisible(true);
        }
        refresh();
    }

    private Div sharedNote(CohortNote note) {
        Paragraph byline = new Paragraph("%s · %s · %s"
                .formatted(
                        note.authorName(),
                        note.cohortName(),
                        DAY.format(note.sharedAt().atZone(zone))));
        byline.addClassName("shared-note-byline");
        byline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        Div card = new Div(byline, new MarkdownContent(markdown.toSafeHtml(note.body())));
        card.addClassName("shared-note");
        return card;
    }
}
