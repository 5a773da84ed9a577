package dev.studyportal.core.importhistory;

import dev.studyportal.core.access.AdminOnly;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes the record of import runs. Administrators read it; runs are recorded whoever started
 * them, the command line and the portal's own start-up and schedule included, where nobody is signed in.
 */
@Service
@Transactional(readOnly = true)
public class ImportHistory {

    /** The most changes of one run listed at once: enough for any edit of the bank, not a whole first import. */
    public static final int MAX_CHANGES = 200;

    private final ImportRunRepository runs;
    private final ImportChangeRepository changes;

    ImportHistory(ImportRunRepository runs, ImportChangeRepository changes) {
        this.runs = runs;
        this.changes = changes;
    }

    /** The newest runs first. */
    @AdminOnly
    public List<RunEntry> latest(int limit) {
        return runs.findLatest(PageRequest.of(0, limit)).stream()
                .map(RunEntry::of)
                .toList();
    }

    @AdminOnly
    public Optional<RunEntry> last() {
        return latest(1).stream().findFirst();
    }

    /**
     * The first changes of a run, by kind and title, and how many there are in all.
     *
     * @param limit how many to return, from 1 to {@link #MAX_CHANGES}
     */
    @AdminOnly
    public RunChanges changesOf(long runId, int limit) {
        if (limit < 1 || limit > MAX_CHANGES) {
            throw new IllegalArgumentException(
                    "Between 1 and " + MAX_CHANGES + " changes are listed at a time, not " + limit);
        }
        return new RunChanges(
                changes.findByRun(runId, PageRequest.of(0, limit)).stream()
                        .map(ChangeEntry::of)
                        .toList(),
                changes.countByRun(runId));
    }

    /** Joins the caller's transaction, so a run and the content it changed are stored together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ImportRun record(ImportRun run, List<ImportChange> runChanges) {
        ImportRun saved = runs.save(run);
        changes.saveAll(runChanges);
        return saved;
    }

    /** A run that failed changed nothing; it is stored on its own so admins see that it happened. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ImportRun recordFailure(ImportRun run) {
        if (run.getStatus() != ImportStatus.FAILED) {
            throw new IllegalArgumentException("Only a failed run is stored without its changes");
        }
        return runs.save(run);
    }
}
