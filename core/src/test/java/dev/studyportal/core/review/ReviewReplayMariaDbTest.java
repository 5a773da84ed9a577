package dev.studyportal.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.core.testsupport.TestBank;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Answers from the past, recorded as the review queue would have recorded them when they were given. */
@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class ReviewReplayMariaDbTest {

    private static final Instant START = Instant.parse("2026-11-02T18:00:00Z");

    @Autowired
    ReviewReplay replay;

    @Autowired
    ReviewService reviews;

    @Autowired
    TestBank bank;

    @Autowired
    MutableClock clock;

    private List<Long> questionIds = List.of();

    @BeforeEach
    void threeQuestionsAndTwoLearners() {
        bank.reset();
        bank.write(content ->
                questionIds = content.questions(content.section(content.page("bank", "Bank"), "basics", "Basics"), 3));
        bank.learner("live");
        bank.learner("replayed", ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void a_replayed_history_is_what_rating_at_those_moments_would_have_recorded() {
        long question = questionIds.get(1);
        Instant[] moments = {
            START, START.plus(Duration.ofMinutes(1)), START.plus(Duration.ofMinutes(12)), START.plus(Duration.ofDays(2))
        };
        // Learning steps only: their intervals carry no fuzz, so the live ratings are as reproducible as the replay.
        Rating[] ratings = {Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.AGAIN};
        for (int i = 0; i < moments.length; i++) {
            clock.set(moments[i]);
            reviews.rate("live", question, ratings[i], Duration.ofSeconds(20 + i));
        }

        List<Instant> dueTimes = new ArrayList<>();
        assertThat(replay.hasHistory("replayed")).isFalse();
        replay.replay("replayed", new Random(7), session -> {
            assertThat(session.questionIds()).isEqualTo(questionIds);
            for (int i = 0; i < moments.length; i++) {
                dueTimes.add(session.answer(question, ratings[i], moments[i], Duration.ofSeconds(20 + i)));
                assertThat(session.dueAt(question)).contains(dueTimes.getLast());
            }
        });

        assertThat(replay.hasHistory("replayed")).isTrue();
        LearnerCard replayed = reviews.card("replayed", question);
        assertThat(replayed).isEqualTo(reviews.card("live", question));
        assertThat(replayed.history())
                .as("newest first")
                .hasSize(4)
                .extracting(ReviewEntry::dueAfter)
                .containsExactlyElementsOf(dueTimes.reversed());
        assertThat(replayed.lapses()).isZero();
        assertThat(reviews.timeZone("replayed")).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void answers_out_of_order_are_refused_and_nothing_of_the_replay_is_kept() {
        assertThatThrownBy(() -> replay.replay("replayed", new Random(7), session -> {
                    session.answer(questionIds.get(0), Rating.GOOD, START, Duration.ofSeconds(5));
                    session.answer(questionIds.get(1), Rating.GOOD, START.minusSeconds(1), Duration.ofSeconds(5));
                }))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(replay.hasHistory("replayed")).isFalse();
        assertThat(reviews.card("replayed", questionIds.get(0))).isEqualTo(LearnerCard.UNSEEN);
    }
}
