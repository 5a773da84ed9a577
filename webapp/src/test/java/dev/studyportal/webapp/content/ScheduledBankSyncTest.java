package dev.studyportal.webapp.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.studyportal.core.content.ContentService;
import dev.studyportal.webapp.PortalTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schedule's turn: a sync of the configured source, or a quiet skip while another node holds the lock. */
@PortalTest
class ScheduledBankSyncTest {

    @Autowired
    ScheduledBankSync schedule;

    @Autowired
    ContentService content;

    @Autowired
    DataSource dataSource;

    @Test
    void a_turn_of_the_schedule_syncs_the_bank_and_changes_nothing_when_nothing_changed() {
        long before = content.totals().questions();

        assertThatCode(schedule::syncOnSchedule).doesNotThrowAnyException();

        assertThat(content.totals().questions()).isEqualTo(before);
    }

    @Test
    void a_turn_while_another_node_holds_the_sync_lock_is_skipped_without_failing() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // The start-up sync created the lock's row; another node now holds it.
        jdbc.update("UPDATE bank_state SET fingerprint = 'stale' WHERE name = 'bank'");
        jdbc.update(
                "UPDATE shedlock SET lock_until = ?, locked_by = 'another node' WHERE name = 'bank-sync'",
                Timestamp.from(Instant.now().plus(Duration.ofMinutes(10))));
        try {
            assertThatCode(schedule::syncOnSchedule).doesNotThrowAnyException();
            assertThat(jdbc.queryForObject("SELECT locked_by FROM shedlock WHERE name = 'bank-sync'", String.class))
                    .isEqualTo("another node");
        } finally {
            jdbc.update("UPDATE shedlock SET lock_until = locked_at WHERE name = 'bank-sync'");
        }
    }
}
