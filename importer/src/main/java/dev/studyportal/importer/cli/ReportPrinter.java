package dev.studyportal.importer.cli;

import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.importer.parse.ContentError;
import dev.studyportal.importer.sync.QuestionChange;
import dev.studyportal.importer.sync.SyncReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Prints a sync report for people or, in the shape DESIGN.md fixes for other tools, as JSON. */
final class ReportPrinter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportPrinter() {}

    static String json(SyncReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("status", report.ok() ? "ok" : "error");
        root.put("dryRun", report.dryRun());
        root.put("pages", report.pages());
        root.put("sections", report.sections());
        root.put("questions", report.questions());
        root.put("changes", report.changes().stream().map(ReportPrinter::change).toList());
        root.put("errors", report.errors().stream().map(ReportPrinter::error).toList());
        root.put("warnings", report.warnings());
        return JSON.writeValueAsString(root) + System.lineSeparator();
    }

    static String text(SyncReport report) {
        StringBuilder text = new StringBuilder();
        if (report.ok() && !report.errors().isEmpty()) {
            text.append("Skipped ")
                    .append(report.errors().size())
                    .append(report.errors().size() == 1 ? " error" : " errors")
                    .append("; the questions of those files were left as they were:\n");
            report.errors().forEach(error -> text.append("  ").append(error).append('\n'));
        }
        if (!report.ok()) {
            text.append("The bank has ")
                    .append(report.errors().size())
                    .append(report.errors().size() == 1 ? " error" : " errors")
                    .append("; nothing was written.\n");
            report.errors().forEach(error -> text.append("  ").append(error).append('\n'));
        } else {
            text.append(report.dryRun() ? "Dry run: nothing was written.\n" : "Synced.\n");
            text.append(String.format(
                    "%d pages, %d sections, %d questions%s.%n",
                    report.pages(), report.sections(), report.questions(), report.dryRun() ? " after the sync" : ""));
            if (report.changes().isEmpty()) {
                text.append("No question changed.\n");
            }
            for (ChangeKind kind : ChangeKind.values()) {
                List<QuestionChange> ofKind = report.changes().stream()
                        .filter(c -> c.change() == kind)
                        .toList();
                if (!ofKind.isEmpty()) {
                    text.append(kind.label()).append(" (").append(ofKind.size()).append("):\n");
                    ofKind.forEach(change -> text.append("  ")
                            .append(change.title())
                            .append("  [")
                            .append(change.key())
                            .append("]\n"));
                }
            }
        }
        report.warnings()
                .forEach(warning -> text.append("warning: ").append(warning).append('\n'));
        return text.toString();
    }

    private static Map<String, Object> change(QuestionChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", change.key());
        json.put("title", change.title());
        json.put("change", change.change().label());
        return json;
    }

    private static Map<String, Object> error(ContentError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", error.file());
        json.put("line", error.line());
        json.put("message", error.message());
        return json;
    }
}
