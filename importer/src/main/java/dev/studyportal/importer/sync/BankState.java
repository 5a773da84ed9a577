package dev.studyportal.importer.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fingerprint of the bank as the database holds it, kept in {@code bank_state}. Forgotten
 * whenever a run writes something no full sync of one folder would (a partial or scoped run).
 */
@Component
class BankState {

    private static final String BANK = "bank";

    private final JdbcTemplate jdbc;

    BankState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Nullable
    BankFingerprint fingerprint() {
        List<String> found = jdbc.queryForList("SELECT fingerprint FROM bank_state WHERE name = ?", String.class, BANK);
        return found.isEmpty() ? null : new BankFingerprint(found.getFirst());
    }

    /** Writes only when the fingerprint is new, so that a run with nothing to do writes nothing. */
    void remember(BankFingerprint bank, Instant now) {
        if (bank.equals(fingerprint())) {
            return;
        }
        String fingerprint = bank.digest();
        if (jdbc.update(
                        "UPDATE bank_state SET fingerprint = ?, synced_at = ? WHERE name = ?",
                        fingerprint,
                        Timestamp.from(now),
                        BANK)
                == 0) {
            jdbc.update(
                    "INSERT INTO bank_state (name, fingerprint, synced_at) VALUES (?, ?, ?)",
                    BANK,
                    fingerprint,
                    Timestamp.from(now));
        }
    }

    void forget() {
        jdbc.update("DELETE FROM bank_state WHERE name = ?", BANK);
    }
}
