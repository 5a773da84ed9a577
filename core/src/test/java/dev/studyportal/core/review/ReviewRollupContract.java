package dev.studyportal.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V23__ReviewRollup;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.core.testsupport.TestBank;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rollup that ratings and undos keep up to date is the one migration V23 builds from the review log, on
 * every database the portal runs on: the dashboard reads its days from either without telling them apart.
 */
abstract class ReviewRollupContract {

    private static final Instant START = Instant.parse("2026-11-20T10:00:05Z");

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewReplay replay;

    @Autowired
    ReviewLogRepository logs;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestBank bank;

    @Autowired
    MutableClock clock;

    private List<Long> questionIds = List.of();
    private long ana;
    private long bob;

    @BeforeEach
    void fourQuestionsAndTwoLearners() {
        bank.reset();
        bank.write(content ->
                questionIds = content.questions(content.section(content.page("bank", "Bank"), "s", "S"), 4));
        ana = bank.learner("ana");
        bob = bank.learner("bob");
    }

    @Test
    void ratings_add_to_their_quarter_hour_and_an_undo_takes_its_rating_back() {
        rateAt("ana", 0, Rating.GOOD, "2026-11-20T10:00:05Z", 3);
        rateAt("ana", 1, Rating.AGAIN, "2026-11-20T10:14:59Z", 4);
        rateAt("ana", 2, Rating.GOOD, "2026-11-20T10:15:00Z", 5);
        reviews.undoLast("ana");
        rateAt("ana", 2, Rating.HARD, "2026-11-20T10:16:00Z", 6);
        rateAt("ana", 3, Rating.EASY, "2026-11-20T11:00:00Z", 7);
        reviews.undoLast("ana");

        assertThat(logs.findRollupOfLearner(ana))
                .containsExactly(
                        new QuarterHourActivity(Instant.parse("2026-11-20T10:00:00Z"), 2, 7_000, 0, 0),
                        new QuarterHourActivity(Instant.parse("2026-11-20T10:15:00Z"), 1, 6_000, 0, 0));
    }

    @Test
    void ratings_of_cards_in_review_count_towards_true_retention_unless_again() {
        rateAt("ana", 0, Rating.EASY, "2026-11-01T08:00:00Z", 1);
        // Easy on a new card schedules it days ahead: it is in review state for the next ratings.
        rateAt("ana", 0, Rating.GOOD, "2026-11-20T08:00:00Z", 2);
        rateAt("ana", 0, Rating.AGAIN, "2026-12-20T08:01:00Z", 3);

        assertThat(logs.findRollupOfLearner(ana))
                .extracting(QuarterHourActivity::matureReviews, QuarterHourActivity::matureRecalled)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0L, 0L),
                        org.assertj.core.groups.Tuple.tuple(1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(1L, 0L));
    }

    @Test
    void fresh_rows_from_ratings_replays_and_undos_agree_with_the_migrations_backfill() throws Exception {
        Random answers = new Random(11);
        Instant at = START;
        for (int i = 0; i < 60; i++) {
            at = at.plus(Duration.ofMinutes(1 + answers.nextInt(400)));
            rateAt(
                    "ana",
                    answers.nextInt(questionIds.size()),
                    Rating.values()[answers.nextInt(4)],
                    at.toString(),
                    1 + answers.nextInt(30));
            if (answers.nextInt(5) == 0) {
                reviews.undoLast("ana");
            }
        }
        Instant first = START.minus(Duration.ofDays(30));
        replay.replay("bob", new Random(3), session -> {
            Instant when = first;
            for (int i = 0; i < 40; i++) {
                when = when.plus(Duration.ofMinutes(7 + i * 13L));
                session.answer(
                        questionIds.get(i % questionIds.size()), Rating.values()[i % 4], when, Duration.ofSeconds(i));
            }
        });
        clock.set(at.plusSeconds(60));
        reviews.rate("bob", questionIds.getFirst(), Rating.GOOD, Duration.ofSeconds(9));
        reviews.undoLast("bob");
        List<QuarterHourActivity> anaLive = logs.findRollupOfLearner(ana);
        List<QuarterHourActivity> bobLive = logs.findRollupOfLearner(bob);

        new JdbcTemplate(dataSource).update("delete from review_rollup");
        try (Connection connection = dataSource.getConnection()) {
            V23__ReviewRollup.backfill(connection);
        }

        assertThat(anaLive).hasSizeGreaterThan(20);
        assertThat(bobLive).hasSizeGreaterThan(20);
        assertThat(anaLive.stream().mapToLong(QuarterHourActivity::reviews).sum())
                .isEqualTo(logs.findAllOfLearner(ana).stream()
                        .filter(log -> !log.isUndone())
                        .count());
        assertThat(logs.findRollupOfLearner(ana)).isEqualTo(anaLive);
        assertThat(logs.findRollupOfLearner(bob)).isEqualTo(bobLive);
    }

    private void rateAt(String username, int question, Rating rating, String at, int seconds) {
        clock.set(Instant.parse(at));
        reviews.rate(username, questionIds.get(question), rating, Duration.ofSeconds(seconds));
    }
}
