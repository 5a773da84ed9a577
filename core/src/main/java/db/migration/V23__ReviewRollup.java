package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates {@code review_rollup}, each learner's ratings summed per quarter hour of UTC (see {@code ReviewRollup}
 * for why quarter hours), and fills it from the ratings already in {@code review_log}.
 *
 * <p>
 * Written in Java rather than SQL so that H2 and MariaDB give the same rows: the quarter hour is computed here
 * from the instant as the portal reads it (a UTC wall-clock time, hibernate.jdbc.time_zone=UTC), where SQL
 * would need each database's own date arithmetic and session time zone. The rules (what counts as a review of
 * a card in review state, and as recalled) are a frozen copy of {@code ReviewRollup}'s as they were when this
 * migration was written, not calls to it, for the reason V4 gives: a migration must mean the same on every
 * database it ever runs on.
 */
public class V23__ReviewRollup extends BaseJavaMigration {

    private static final long ORIGIN_SECOND =
            Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long QUARTER_HOUR_SECONDS = 900;
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE review_rollup (
                        user_account_id BIGINT NOT NULL,
                        quarter_hour    INT    NOT NULL,
                        reviews         INT    NOT NULL,
                        duration_ms     BIGINT NOT NULL,
                        mature_reviews  INT    NOT NULL,
                        mature_recalled INT    NOT NULL,
                        CONSTRAINT pk_review_rollup PRIMARY KEY (user_account_id, quarter_hour),
                        CONSTRAINT fk_review_rollup_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
                    )
                    """);
        }
        backfill(connection);
    }

    /** Builds the rows of every learner who has ratings that were not undone. Public for tests. */
    public static void backfill(Connection connection) throws SQLException {
        List<Long> learners = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "SELECT DISTINCT user_account_id FROM review_log WHERE undone_at IS NULL ORDER BY user_account_id")) {
            while (rows.next()) {
                learners.add(rows.getLong(1));
            }
        }
        for (long learner : learners) {
            rebuild(connection, learner);
        }
    }

    /**
     * Replaces one learner's rows with the sums of their ratings in {@code review_log} that were not undone. Public
     * for tests and the benchmark, which write review_log rows directly and need the rows this migration makes.
     */
    public static void rebuild(Connection connection, long learnerId) throws SQLException {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        Map<Integer, long[]> quarters = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT reviewed_at, duration_ms, phase_before, rating FROM review_log
                WHERE user_account_id = ? AND undone_at IS NULL
                """)) {
            select.setLong(1, learnerId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Timestamp at = rows.getTimestamp(1, utc);
                    long[] sums = quarters.computeIfAbsent(quarterHour(at.toInstant()), quarter -> new long[4]);
                    boolean mature = "REVIEW".equals(rows.getString(3));
                    sums[0]++;
                    sums[1] += rows.getLong(2);
                    sums[2] += mature ? 1 : 0;
                    sums[3] += mature && !"AGAIN".equals(rows.getString(4)) ? 1 : 0;
                }
            }
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM review_rollup WHERE user_account_id = ?")) {
            delete.setLong(1, learnerId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO review_rollup (user_account_id, quarter_hour, reviews, duration_ms, mature_reviews, mature_recalled)
                VALUES (?, ?, ?, ?, ?, ?)
                """)) {
            int pending = 0;
            for (Map.Entry<Integer, long[]> quarter : quarters.entrySet()) {
                long[] sums = quarter.getValue();
                insert.setLong(1, learnerId);
                insert.setInt(2, quarter.getKey());
                insert.setInt(3, Math.toIntExact(sums[0]));
                insert.setLong(4, sums[1]);
                insert.setInt(5, Math.toIntExact(sums[2]));
                insert.setInt(6, Math.toIntExact(sums[3]));
                insert.addBatch();
                if (++pending % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static int quarterHour(Instant at) {
        return Math.toIntExact(Math.floorDiv(at.getEpochSecond() - ORIGIN_SECOND, QUARTER_HOUR_SECONDS));
    }
}
