package dev.studyportal.importer.sync;

import dev.studyportal.importer.parse.ContentError;
import java.util.List;

/**
 * The outcome of one import run. The counts are the active pages, sections and questions after
 * the run, or the ones a dry run would leave. A run with errors wrote nothing.
 */
public record SyncReport(boolean dryRun, int pages, int sections, int questions, List<QuestionChange> changes,
                         List<ContentError> errors, List<String> warnings) {

    public SyncReport {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    static SyncReport failed(boolean dryRun, List<ContentError> errors, List<String> warnings) {
        return new SyncReport(dryRun, 0, 0, 0, List.of(), errors, warnings);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(change -> change.change() == kind).count();
    }
}
