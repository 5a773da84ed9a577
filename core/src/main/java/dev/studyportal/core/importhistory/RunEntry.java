package dev.studyportal.core.importhistory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One run as the history lists it: a record, so that a view binds it without holding the entity. */
public record RunEntry(
        long id,
        Instant startedAt,
        ImportTrigger trigger,
        @Nullable String startedBy,
        ImportStatus status,
        ImportCounts counts,
        Duration duration,
        String source,
        List<String> problems) {

    public RunEntry {
        problems = List.copyOf(problems);
    }

    static RunEntry of(ImportRun run) {
        return new RunEntry(
                run.id(),
                run.getStartedAt(),
                run.getTrigger(),
                run.getStartedBy(),
                run.getStatus(),
                run.counts(),
                run.duration(),
                run.getSource(),
                run.problems());
    }
}
