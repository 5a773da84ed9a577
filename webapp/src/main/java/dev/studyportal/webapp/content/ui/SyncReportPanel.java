package dev.studyportal.webapp.content.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.core.importhistory.ImportStatus;
import dev.studyportal.core.importhistory.QuestionSnapshot;
import dev.studyportal.importer.sync.QuestionChange;
import dev.studyportal.importer.sync.SyncReport;
import dev.studyportal.webapp.base.ui.LineDiffView;
import java.util.List;

/**
 * One run's outcome for an admin: whether it applied, every error with file and line, and the
 * changes grouped by kind, each with its before and after (and the answer's diff where it changed).
 */
class SyncReportPanel extends Div {

    SyncReportPanel() {
        addClassName("sync-report");
    }

    void show(SyncReport report) {
        removeAll();
        add(new H3(headline(report)));
        add(new Paragraph("%d pages, %d sections and %d questions %s."
                .formatted(
                        report.pages(),
                        report.sections(),
                        report.questions(),
                        report.dryRun() ? "after such a sync" : "now")));
        if (!report.errors().isEmpty()) {
            UnorderedList errors = new UnorderedList();
            errors.addClassName("sync-errors");
            report.errors().forEach(error -> errors.add(new ListItem(error.toString())));
            add(errors);
        }
        if (!report.warnings().isEmpty()) {
            Details warnings = new Details("Warnings (" + report.warnings().size() + ")");
            UnorderedList list = new UnorderedList();
            report.warnings().forEach(warning -> list.add(new ListItem(warning)));
            warnings.add(list);
            add(warnings);
        }
        if (report.ok() && report.changes().isEmpty()) {
            add(new Paragraph("No question changed."));
        }
        for (ChangeKind kind : ChangeKind.values()) {
            List<QuestionChange> ofKind = report.changes().stream()
                    .filter(change -> change.change() == kind)
                    .toList();
            if (!ofKind.isEmpty()) {
                Details group = new Details(label(kind) + " (" + ofKind.size() + ")");
                group.addClassName("change-group");
                group.getElement().setAttribute("data-kind", kind.label());
                ofKind.forEach(change -> group.add(changeView(change)));
                group.setOpened(ofKind.size() <= 10);
                add(group);
            }
        }
    }

    private static String headline(SyncReport report) {
        if (report.status() == ImportStatus.FAILED) {
            return "The bank has " + report.errors().size() + (report.errors().size() == 1 ? " error" : " errors")
                    + "; nothing was " + (report.dryRun() ? "checked further" : "written") + ".";
        }
        String changes = report.changes().size() + (report.changes().size() == 1 ? " change" : " changes");
        String partial = report.status() == ImportStatus.PARTIAL ? ", skipping the files with errors" : "";
        return report.dryRun()
                ? "Dry run: a sync would make " + changes + partial + ". Nothing was written."
                : "Synced: " + changes + partial + ".";
    }

    private static Div changeView(QuestionChange change) {
        Div view = new Div();
        view.addClassName("change");
        QuestionSnapshot before = change.before();
        QuestionSnapshot after = change.after();
        view.add(new Span(after.title()));
        if (before != null && !before.title().equals(after.title())) {
            view.add(line("Title was", before.title()));
        }
        if (before != null && !before.location().equals(after.location())) {
            view.add(line("Moved from", before.location() + " to " + after.location()));
        } else {
            view.add(line("In", after.location()));
        }
        if (before != null && !before.key().equals(after.key())) {
            view.add(line("Key", before.key() + " → " + after.key()));
        }
        if (change.answerChanged() && change.answerBefore() != null) {
            view.add(new LineDiffView(change.answerBefore(), change.answerAfter()));
        }
        return view;
    }

    private static Paragraph line(String label, String text) {
        Paragraph paragraph = new Paragraph(label + ": " + text);
        paragraph.addClassName("change-detail");
        return paragraph;
    }

    static String label(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "Added";
            case REVIVED -> "Back in the bank";
            case UPDATED -> "Updated";
            case MOVED -> "Moved";
            case RETIRED -> "Retired";
        };
    }
}
