package dev.studyportal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A learner's synthetic review history, written straight into review_log and card_state with JDBC
 * batches (rewritten by Connector/J into multi-row inserts): {@code reviews} ratings over {@code days}
 * days up to {@code now}, about one day in eight skipped, new questions introduced steadily across the
 * bank, the rest repeats of questions already seen. The same seed writes the same rows. The numbers
 * are not a scheduler's; the dashboard's queries only need the shape (phases, ratings, times, dues).
 */
final class ReviewHistory {

    private static final int BATCH = 1000;
    /** Far above the table generator's ids in a bench database, so the two never meet. */
    private static final long FIRST_ID = 4_000_000_000L;

    private ReviewHistory() {}

    record Written(int reviews, int cards, int days) {
        @Override
        public String toString() {
            return "%,d ratings on %d days, %,d cards".formatted(reviews, days, cards);
        }
    }

    static Written write(
            Connection connection,
            long learnerId,
            List<Long> questionIds,
            int reviews,
            int days,
            Instant now,
            long seed,
            long idOffset)
            throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        Instant firstDay = now.truncatedTo(ChronoUnit.DAYS).minus(days - 1L, ChronoUnit.DAYS);
        List<Integer> studyDays = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            if (random.nextInt(8) != 0 || day == days - 1) {
                studyDays.add(day);
            }
        }
        int perDay = Math.max(1, reviews / studyDays.size());
        int newPerDay = Math.max(1, (int) Math.ceil((double) questionIds.size() / studyDays.size()));
        int[] reps = new int[questionIds.size()];
        Instant[] lastReview = new Instant[questionIds.size()];
        Standing standing = new Standing(questionIds.size());
        int introduced = 0;
        long id = FIRST_ID + idOffset;
        int written = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement log = connection.prepareStatement("""
                insert into review_log (id, user_account_id, question_id, rating, reviewed_at, duration_ms,
                    content_version, retrievability, phase_before, step_before, stability_before, difficulty_before,
                    due_before, last_review_before, reps_before, lapses_before, phase_after, step_after,
                    stability_after, difficulty_after, due_after, undone_at)
                values (?, ?, ?, ?, ?, ?, 1, null, ?, null, null, null, null, null, ?, 0, ?, null, ?, 5.0, ?, ?)
                """)) {
            for (int s = 0; s < studyDays.size() && written < reviews; s++) {
                Instant dayStart = firstDay.plus(studyDays.get(s), ChronoUnit.DAYS);
                int today = s == studyDays.size() - 1
                        ? reviews - written
                        : Math.min(reviews - written, perDay / 2 + random.nextInt(perDay + 1));
                for (int r = 0; r < today; r++) {
                    int question;
                    boolean fresh = introduced < questionIds.size() && (introduced == 0 || r < newPerDay);
                    question = fresh ? introduced++ : random.nextInt(introduced);
                    // Between 07:00 and 23:00 UTC, in order through the day.
                    Instant at = dayStart.plusSeconds(7 * 3600L + (long) r * 16 * 3600 / Math.max(1, today));
                    at = at.isAfter(now) ? now.minusSeconds(today - r) : at;
                    String phaseBefore = reps[question] == 0 ? "LEARNING" : phase(random);
                    String rating = rating(random);
                    double stability = 0.5 + random.nextDouble() * 60;
                    log.setLong(1, id++);
                    log.setLong(2, learnerId);
                    log.setLong(3, questionIds.get(question));
                    log.setString(4, rating);
                    log.setObject(5, utc(at));
                    log.setLong(6, 3_000 + random.nextInt(57_000));
                    log.setString(7, phaseBefore);
                    log.setInt(8, reps[question]);
                    log.setString(9, "AGAIN".equals(rating) ? "RELEARNING" : "REVIEW");
                    log.setDouble(10, stability);
                    log.setObject(11, utc(at.plus((long) (stability * 24), ChronoUnit.HOURS)));
                    boolean undone = random.nextInt(200) == 0;
                    log.setObject(12, undone ? utc(at.plusSeconds(5)) : null);
                    if (!undone) {
                        standing.rated(question, rating, at);
                    }
                    log.addBatch();
                    reps[question]++;
                    lastReview[question] = at;
                    written++;
                    if (written % BATCH == 0) {
                        log.executeBatch();
                    }
                }
            }
            log.executeBatch();
            int cards = writeCards(connection, learnerId, questionIds, reps, lastReview, standing, random, id);
            connection.commit();
            return new Written(written, cards, studyDays.size());
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int writeCards(
            Connection connection,
            long learnerId,
            List<Long> questionIds,
            int[] reps,
            Instant[] lastReview,
            Standing standing,
            SplittableRandom random,
            long firstId)
            throws SQLException {
        int cards = 0;
        try (PreparedStatement card = connection.prepareStatement("""
                insert into card_state (id, version, user_account_id, question_id, phase, step, stability, difficulty,
                    due_at, last_review_at, reps, lapses, agains, last_good_at, last_bad_at, seen_content_version,
                    bookmarked)
                values (?, 0, ?, ?, ?, null, ?, 5.0, ?, ?, ?, 0, ?, ?, ?, 1, false)
                """)) {
            long id = firstId;
            for (int q = 0; q < questionIds.size(); q++) {
                if (reps[q] == 0) {
                    continue;
                }
                // Stabilities from half a day to 200 days, most below the 21 that makes a card mastered.
                double stability = Math.exp(random.nextDouble() * Math.log(400)) / 2;
                int draw = random.nextInt(20);
                String phase = draw == 0 ? "LEARNING" : draw == 1 ? "RELEARNING" : "REVIEW";
                card.setLong(1, id++);
                card.setLong(2, learnerId);
                card.setLong(3, questionIds.get(q));
                card.setString(4, phase);
                card.setDouble(5, stability);
                card.setObject(6, utc(lastReview[q].plus((long) (stability * 24), ChronoUnit.HOURS)));
                card.setObject(7, utc(lastReview[q]));
                card.setInt(8, reps[q]);
                card.setInt(9, standing.agains[q]);
                card.setObject(10, standing.lastGood[q] == null ? null : utc(standing.lastGood[q]));
                card.setObject(11, standing.lastBad[q] == null ? null : utc(standing.lastBad[q]));
                card.addBatch();
                if (++cards % BATCH == 0) {
                    card.executeBatch();
                }
            }
            card.executeBatch();
        }
        return cards;
    }

    /** Per question, what a card keeps of its ratings that were not undone (migration V26), as the portal keeps it. */
    private static final class Standing {
        final int[] agains;
        final @Nullable Instant[] lastGood;
        final @Nullable Instant[] lastBad;

        Standing(int questions) {
            agains = new int[questions];
            lastGood = new Instant[questions];
            lastBad = new Instant[questions];
        }

        void rated(int question, String rating, Instant at) {
            if ("GOOD".equals(rating) || "EASY".equals(rating)) {
                lastGood[question] = at;
            } else {
                lastBad[question] = at;
                agains[question] += "AGAIN".equals(rating) ? 1 : 0;
            }
        }
    }

    private static String phase(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 85 ? "REVIEW" : draw < 92 ? "RELEARNING" : "LEARNING";
    }

    private static String rating(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 10 ? "AGAIN" : draw < 25 ? "HARD" : draw < 90 ? "GOOD" : "EASY";
    }

    /** Stored instants are UTC wall-clock times, as Hibernate writes them (hibernate.jdbc.time_zone=UTC). */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
