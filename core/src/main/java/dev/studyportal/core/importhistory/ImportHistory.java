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

    private final ImportRunRepository runs;
    private final ImportChangeRepository changes;

    ImportHistory(ImportRunRepository runs, ImportChangeRepository changes) {
        this.runs = runs;
        this.changes = changes;
    }

    /** The newest runs first. */
    @AdminOnly
    public List<ImportRun> latest(int limit) {
        return runs.findLatest(PageRequest.of(0, limit));
    }

    @AdminOnly
    public Optional<ImportRun> last() {
        return latest(1).stream().findFirst();
    }

    @AdminOnly
    public List<ImportChange> changesOf(long runId) {
        return changes.findByRun(runId);
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
