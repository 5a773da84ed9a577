package dev.studyportal.core.importhistory;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finished sync of the bank. Written once, in the same transaction as the content it changed
 * (or alone, for a run that failed and changed nothing), so a run that was killed leaves no trace.
 */
@Entity
@Table(name = "import_run")
public class ImportRun extends AbstractEntity {

    private static final int MAX_SOURCE_LENGTH = 1000;

    @Column(nullable = false, updatable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false, updatable = false)
    private ImportTrigger trigger;

    @Column(name = "started_by", updatable = false)
    private @Nullable String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ImportStatus status;

    @Column(nullable = false, updatable = false)
    private int pages;

    @Column(nullable = false, updatable = false)
    private int sections;

    @Column(nullable = false, updatable = false)
    private int questions;

    @Column(nullable = false, updatable = false)
    private int added;

    @Column(nullable = false, updatable = false)
    private int updated;

    @Column(nullable = false, updatable = false)
    private int moved;

    @Column(nullable = false, updatable = false)
    private int retired;

    @Column(nullable = false, updatable = false)
    private int revived;

    /** One problem per line, "file:line: message", as the run reported them. */
    @Column(updatable = false)
    private @Nullable String problems;

    protected ImportRun() {
        source = "";
        trigger = ImportTrigger.CLI;
        startedAt = finishedAt = Instant.EPOCH;
        status = ImportStatus.FAILED;
    }

    public ImportRun(
            String source,
            ImportTrigger trigger,
            @Nullable String startedBy,
            Instant startedAt,
            Instant finishedAt,
            ImportStatus status,
            ImportCounts counts,
            List<String> problems) {
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("A run cannot finish before it starts");
        }
        if (status == ImportStatus.FAILED && counts.changes() > 0) {
            throw new IllegalArgumentException("A failed run changes nothing");
        }
        this.source = source.length() > MAX_SOURCE_LENGTH ? source.substring(0, MAX_SOURCE_LENGTH) : source;
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.status = Objects.requireNonNull(status, "status");
        this.pages = counts.pages();
        this.sections = counts.sections();
        this.questions = counts.questions();
        this.added = counts.added();
        this.updated = counts.updated();
        this.moved = counts.moved();
        this.retired = counts.retired();
        this.revived = counts.revived();
        this.problems = problems.isEmpty() ? null : String.join("\n", problems);
    }

    public String getSource() {
        return source;
    }

    public ImportTrigger getTrigger() {
        return trigger;
    }

    public @Nullable String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    public ImportStatus getStatus() {
        return status;
    }

    public ImportCounts counts() {
        return new ImportCounts(pages, sections, questions, added, updated, moved, retired, revived);
    }

    public List<String> problems() {
        return problems == null ? List.of() : List.of(problems.split("\n"));
    }
}
