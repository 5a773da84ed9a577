package dev.studyportal.importer.sync;

import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.core.importhistory.ImportCounts;
import dev.studyportal.core.importhistory.ImportStatus;
import dev.studyportal.importer.parse.ContentError;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The outcome of one import run. The counts are the active pages, sections and questions after
 * the run, or the ones a dry run would leave. A failed run wrote nothing; a partial one (asked to
 * skip invalid files) wrote the valid files and left the invalid files' questions as they were.
 */
public record SyncReport(
        ImportStatus status,
        boolean dryRun,
        int pages,
        int sections,
        int questions,
        List<QuestionChange> changes,
        List<ContentError> errors,
        List<String> warnings) {

    public SyncReport {
        Objects.requireNonNull(status, "status");
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    static SyncReport failed(boolean dryRun, List<ContentError> errors, List<String> warnings) {
        return new SyncReport(ImportStatus.FAILED, dryRun, 0, 0, 0, List.of(), errors, warnings);
    }

    /** Whether the run applied the bank (all of it, or all its valid files). */
    public boolean ok() {
        return status != ImportStatus.FAILED;
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(change -> change.change() == kind).count();
    }

    public ImportCounts counts() {
        return new ImportCounts(
                pages,
                sections,
                questions,
                (int) count(ChangeKind.ADDED),
                (int) count(ChangeKind.UPDATED),
                (int) count(ChangeKind.MOVED),
                (int) count(ChangeKind.RETIRED),
                (int) count(ChangeKind.REVIVED));
    }

    /** Errors and warnings as the run history keeps them, one line each. */
    public List<String> problems() {
        return Stream.concat(
                        errors.stream().map(ContentError::toString),
                        warnings.stream().map(warning -> "warning: " + warning))
                .toList();
    }
}
