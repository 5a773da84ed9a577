package dev.studyportal.importer.sync;

import dev.studyportal.core.importhistory.ImportStatus;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells a run over a bank the database already holds, with its report, over plain JDBC: no parse, no
 * lock and no JPA. The command line asks it before it starts the importer, because a no-op sync is
 * otherwise nearly all start-up (docs/benchmarks.md, "Start-up benchmark"); {@link BankSynchronizer}
 * asks it too, so both give the same report.
 */
@Component
public class UnchangedBank {

    // The same figures as ContentService.totals(): what is not retired, a section only on a live page.
    private static final String TOTALS = """
            SELECT (SELECT COUNT(*) FROM page WHERE retired = FALSE),
                   (SELECT COUNT(*) FROM section s JOIN page p ON p.id = s.page_id
                     WHERE s.retired = FALSE AND p.retired = FALSE),
                   (SELECT COUNT(*) FROM question WHERE retired = FALSE)""";

    private final BankState state;
    private final JdbcTemplate jdbc;

    UnchangedBank(BankState state, JdbcTemplate jdbc) {
        this.state = state;
        this.jdbc = jdbc;
    }

    /**
     * The report of a run over a whole bank whose files are those of the last full sync, if they are:
     * such a run changes nothing, so it needs neither a parse nor the sync lock (itself a write).
     *
     * @param fingerprint the bank's digest; null for a scoped run, which no digest describes
     */
    public Optional<SyncReport> report(@Nullable BankFingerprint fingerprint, SyncOptions options) {
        if (fingerprint == null || !options.scope().isEmpty() || !fingerprint.equals(state.fingerprint())) {
            return Optional.empty();
        }
        List<SyncReport> report = jdbc.query(
                TOTALS,
                (row, number) -> new SyncReport(
                        ImportStatus.SUCCEEDED,
                        options.dryRun(),
                        row.getInt(1),
                        row.getInt(2),
                        row.getInt(3),
                        List.of(),
                        List.of(),
                        List.of()));
        return Optional.of(report.getFirst());
    }
}
