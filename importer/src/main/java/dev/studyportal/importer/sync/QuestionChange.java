package dev.studyportal.importer.sync;

/** One question a sync changed (or, in a dry run, would change). */
public record QuestionChange(String key, String title, ChangeKind change) {
}
