package dev.studyportal.webapp.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.importhistory.ChangeEntry;
import dev.studyportal.core.importhistory.ImportCounts;
import dev.studyportal.core.importhistory.ImportHistory;
import dev.studyportal.core.importhistory.QuestionSnapshot;
import dev.studyportal.core.importhistory.RunChanges;
import dev.studyportal.core.importhistory.RunEntry;
import dev.studyportal.webapp.base.ui.LineDiffView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The runs that changed the bank or failed, newest first; choosing one shows what it did to each question. */
class ImportHistoryPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final Grid<RunEntry> runs = new Grid<>();
    final Grid<ChangeEntry> changes = new Grid<>();
    private final Div problems = new Div();
    final Paragraph shownOf = new Paragraph();
    private final H3 changesHeading = new H3();
    private final ImportHistory history;
    private final ContentService content;
    private final ZoneId zone;

    ImportHistoryPanel(ImportHistory history, ContentService content, ZoneId zone) {
        this.history = history;
        this.content = content;
        this.zone = zone;
        setPadding(false);
        runs.addColumn(run -> WHEN.format(run.startedAt().atZone(zone)))
                .setHeader("Started")
                .setAutoWidth(true);
        runs.addColumn(run -> run.trigger().name().toLowerCase(Locale.ROOT))
                .setHeader("Trigger")
                .setAutoWidth(true);
        runs.addColumn(run -> run.startedBy() == null ? "" : run.startedBy())
                .setHeader("By")
                .setAutoWidth(true);
        runs.addColumn(run -> run.status().name().toLowerCase(Locale.ROOT))
                .setHeader("Outcome")
                .setAutoWidth(true);
        runs.addColumn(run -> summary(run.counts())).setHeader("Changes").setFlexGrow(1);
        runs.addColumn(run -> run.duration().toMillis() + " ms")
                .setHeader("Took")
                .setAutoWidth(true);
        runs.addColumn(RunEntry::source).setHeader("Source").setFlexGrow(1);
        runs.setAllRowsVisible(true);
        runs.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        runs.setEmptyStateText("No run has changed the bank yet.");
        runs.asSingleSelect().addValueChangeListener(event -> showRun(event.getValue()));

        changes.addColumn(change -> SyncReportPanel.label(change.kind()))
                .setHeader("Change")
                .setAutoWidth(true);
        changes.addColumn(change -> change.after().title())
                .setHeader("Question")
                .setFlexGrow(2);
        changes.addColumn(ImportHistoryPanel::before).setHeader("Before").setFlexGrow(2);
        changes.addColumn(change -> change.after().location())
                .setHeader("Where")
                .setFlexGrow(1);
        changes.addColumn(change -> versions(change)).setHeader("Version").setAutoWidth(true);
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        changes.setAllRowsVisible(true);
        // A row opens to show what changed in the text, from the two stored versions.
        changes.setItemDetailsRenderer(new ComponentRenderer<>(this::versionDiff));
        changes.setDetailsVisibleOnClick(true);
        changes.setVisible(false);
        changesHeading.setVisible(false);
        shownOf.setVisible(false);

        add(
                new H2("History"),
                new Paragraph("Runs that changed questions or failed. A run that found nothing to do"
                        + " and a dry run leave no record."),
                runs,
                changesHeading,
                problems,
                shownOf,
                changes);
        refresh();
    }

    void refresh() {
        runs.setItems(history.latest(50));
    }

    private void showRun(RunEntry run) {
        problems.removeAll();
        if (run == null) {
            shownOf.setVisible(false);
            changes.setVisible(false);
            changesHeading.setVisible(false);
            return;
        }
        changesHeading.setText("Run of " + WHEN.format(run.startedAt().atZone(zone)));
        changesHeading.setVisible(true);
        run.problems().forEach(problem -> problems.add(new Paragraph(problem)));
        RunChanges listed = history.changesOf(run.id(), ImportHistory.MAX_CHANGES);
        changes.setItems(listed.shown());
        changes.setVisible(true);
        // A first import adds the whole bank; the rest of a long list is in the run's counts above.
        shownOf.setText(
                "Showing the first %d of %d changes.".formatted(listed.shown().size(), listed.total()));
        shownOf.setVisible(!listed.complete());
    }

    private Component versionDiff(ChangeEntry change) {
        QuestionSnapshot before = change.before();
        if (before == null || before.version() == change.after().version()) {
            return new Paragraph("The text did not change in this run.");
        }
        return content.contentAt(change.questionId(), before.version())
                .flatMap(old -> content.contentAt(
                                change.questionId(), change.after().version())
                        .map(now -> (Component) new LineDiffView(
                                old.title() + "\n\n" + old.answer(), now.title() + "\n\n" + now.answer())))
                .orElseGet(() -> new Paragraph("These versions are no longer stored."));
    }

    private static String summary(ImportCounts counts) {
        if (counts.changes() == 0) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        append(text, counts.added(), "added");
        append(text, counts.updated(), "updated");
        append(text, counts.moved(), "moved");
        append(text, counts.retired(), "retired");
        append(text, counts.revived(), "revived");
        return text.toString();
    }

    private static void append(StringBuilder text, int count, String what) {
        if (count > 0) {
            text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(what);
        }
    }

    private static String before(ChangeEntry change) {
        QuestionSnapshot before = change.before();
        if (before == null) {
            return "";
        }
        String title = before.title().equals(change.after().title()) ? "" : before.title();
        String place = before.location().equals(change.after().location()) ? "" : "in " + before.location();
        return (title + " " + place).strip();
    }

    private static String versions(ChangeEntry change) {
        QuestionSnapshot before = change.before();
        return before == null || before.version() == change.after().version()
                ? String.valueOf(change.after().version())
                : before.version() + " → " + change.after().version();
    }
}
