package dev.studyportal.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.content.QuestionContent;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.core.testsupport.TestBank;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class ReviewServiceMariaDbTest {

    /** 10:30 UTC: 23:30 the same day in Auckland (UTC+13), 00:30 the same day in Honolulu (UTC-10). */
    private static final Instant START = Instant.parse("2026-11-25T10:30:00Z");

    @Autowired
    ReviewService reviews;

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionRepository questions;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestBank bank;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private List<Long> questionIds = List.of();

    @BeforeEach
    void fiveQuestionsAndALearner() {
        bank.reset(START);
        bank.write(content -> questionIds = content.questions(
                content.section(content.page("bank", "Bank"), "basics", "Basics"),
                5,
                number -> "Question " + (char) ('A' + number - 1) + "?"));
        bank.learner("ana");
    }

    @Test
    void a_new_learner_starts_with_new_questions_in_bank_order() {
        assertThat(reviews.agenda("ana")).isEqualTo(new TodayAgenda(0, 0, 5, 0, null));
        assertThat(reviews.next("ana")).get().satisfies(card -> {
            assertThat(card.question().id()).isEqualTo(questionIds.getFirst());
            assertThat(card.status()).isEqualTo(CardStatus.NEW);
        });
    }

    @Test
    void the_buttons_show_fsrs_intervals_for_a_new_card() {
        StudyCard card = reviews.next("ana").orElseThrow();

        assertThat(card.intervals().get(Rating.AGAIN)).isEqualTo(Duration.ofMinutes(1));
        assertThat(card.intervals().get(Rating.GOOD)).isEqualTo(Duration.ofMinutes(10));
        assertThat(card.intervals().get(Rating.EASY)).isEqualTo(Duration.ofDays(8));
    }

    @Test
    void the_daily_new_limit_holds_back_further_new_questions() {
        limitNewTo("ana", 2, ZoneId.of("UTC"));

        rateNext("ana", Rating.EASY);
        rateNext("ana", Rating.EASY);

        assertThat(reviews.agenda("ana").newToday()).isZero();
        assertThat(reviews.next("ana")).isEmpty();
        assertThat(reviews.agenda("ana").reviewedToday()).isEqualTo(2);
    }

    @Test
    void learning_steps_come_back_within_the_same_session() {
        long first = rateNext("ana", Rating.AGAIN);

        clock.advance(Duration.ofMinutes(2));

        assertThat(reviews.next("ana"))
                .get()
                .extracting(card -> card.question().id())
                .isEqualTo(first);
        assertThat(reviews.agenda("ana").dueNow()).isEqualTo(1);
    }

    @Test
    void a_card_on_a_short_learning_step_waits_while_there_are_new_questions() {
        long first = rateNext("ana", Rating.GOOD);

        assertThat(reviews.next("ana"))
                .get()
                .extracting(card -> card.question().id())
                .isNotEqualTo(first);
    }

    @Test
    void with_nothing_else_left_a_learning_step_is_shown_early() {
        limitNewTo("ana", 1, ZoneId.of("UTC"));
        long first = rateNext("ana", Rating.GOOD);

        assertThat(reviews.next("ana"))
                .get()
                .extracting(card -> card.question().id())
                .isEqualTo(first);
        assertThat(reviews.agenda("ana").dueLaterToday()).isEqualTo(1);
    }

    @Test
    void due_reviews_come_before_new_questions_most_overdue_first() {
        long a = rateNext("ana", Rating.EASY);
        long b = rateNext("ana", Rating.AGAIN);
        clock.advance(Duration.ofDays(30));

        assertThat(reviews.agenda("ana").dueNow()).isEqualTo(2);
        // b waited on a one-minute learning step, a on an 8-day interval: b is the more overdue.
        assertThat(reviews.next("ana"))
                .get()
                .extracting(card -> card.question().id())
                .isEqualTo(b);
        reviews.rate("ana", b, Rating.GOOD, Duration.ofSeconds(5));
        assertThat(reviews.next("ana"))
                .get()
                .extracting(card -> card.question().id())
                .isEqualTo(a);
    }

    @Test
    void a_learner_in_auckland_gets_new_questions_at_auckland_midnight() {
        limitNewTo("ana", 1, ZoneId.of("Pacific/Auckland"));
        rateNext("ana", Rating.EASY);
        assertThat(reviews.agenda("ana").newToday()).isZero();

        clock.advance(Duration.ofHours(1));

        assertThat(reviews.agenda("ana").newToday()).isEqualTo(1);
    }

    @Test
    void a_learner_in_honolulu_waits_for_honolulu_midnight() {
        limitNewTo("ana", 1, ZoneId.of("Pacific/Honolulu"));
        rateNext("ana", Rating.EASY);

        clock.advance(Duration.ofHours(1));
        assertThat(reviews.agenda("ana").newToday()).isZero();

        clock.advance(Duration.ofHours(23));
        assertThat(reviews.agenda("ana").newToday()).isEqualTo(1);
    }

    @Test
    void undo_puts_the_card_back_and_keeps_the_history_marked() {
        long question = rateNext("ana", Rating.GOOD);
        assertThat(reviews.card("ana", question).reviews()).isEqualTo(1);

        assertThat(reviews.undoLast("ana")).contains(question);

        LearnerCard card = reviews.card("ana", question);
        assertThat(card.status()).isEqualTo(CardStatus.NEW);
        assertThat(card.history()).isEmpty();
        assertThat(reviews.next("ana")).get().extracting(c -> c.question().id()).isEqualTo(question);
        assertThat(reviews.undoLast("ana")).isEmpty();
    }

    @Test
    void ratings_follow_fsrs_and_are_kept_as_history() {
        long question = rateNext("ana", Rating.GOOD);
        clock.advance(Duration.ofMinutes(10));
        reviews.rate("ana", question, Rating.GOOD, Duration.ofSeconds(4));

        LearnerCard card = reviews.card("ana", question);
        assertThat(card.status()).isEqualTo(CardStatus.REVIEW);
        assertThat(card.history()).extracting(ReviewEntry::rating).containsExactly(Rating.GOOD, Rating.GOOD);
        // FSRS-6 defaults: Good on a new card, then Good after its 10-minute step, gives 2 days (too short to fuzz).
        assertThat(card.due()).isEqualTo(clock.instant().plus(Duration.ofDays(2)));
    }

    @Test
    void one_learners_ratings_never_touch_anothers_cards() {
        accounts.create(new SignUp("bob", "Bob", null, "another long password"), EnumSet.of(Role.LEARNER));
        long question = rateNext("ana", Rating.GOOD);

        assertThat(reviews.card("bob", question)).isEqualTo(LearnerCard.UNSEEN);
        assertThat(reviews.next("bob")).get().extracting(c -> c.question().id()).isEqualTo(question);
    }

    @Test
    void a_bookmark_is_kept_per_learner() {
        assertThat(reviews.toggleBookmark("ana", questionIds.get(2))).isTrue();
        assertThat(reviews.card("ana", questionIds.get(2)).bookmarked()).isTrue();
        assertThat(reviews.card("ana", questionIds.get(2)).status()).isEqualTo(CardStatus.NEW);
        assertThat(reviews.toggleBookmark("ana", questionIds.get(2))).isFalse();
    }

    @Test
    void an_edit_after_a_review_is_flagged_until_the_next_review() {
        long question = rateNext("ana", Rating.EASY);
        transaction.executeWithoutResult(status -> questions
                .findById(question)
                .orElseThrow()
                .rewrite(new QuestionContent("Question A?", "A better answer")));

        assertThat(reviews.card("ana", question).changedSinceLastReview()).isTrue();
        assertThat(reviews.card("ana", question).seenContentVersion()).isEqualTo(1);

        reviews.rate("ana", question, Rating.GOOD, Duration.ofSeconds(2));
        assertThat(reviews.card("ana", question).changedSinceLastReview()).isFalse();
        assertThat(reviews.card("ana", question).history())
                .extracting(ReviewEntry::contentVersion)
                .containsExactly(2, 1);
    }

    @Test
    void a_retried_rating_of_the_same_showing_is_stored_once() {
        StudyCard shown = reviews.next("ana").orElseThrow();
        reviews.rate("ana", shown, Rating.GOOD, Duration.ofSeconds(3));
        // The reply to the first was lost; the learner presses Good again on the same card.
        reviews.rate("ana", shown, Rating.GOOD, Duration.ofSeconds(3));

        assertThat(reviews.card("ana", shown.question().id()).history()).hasSize(1);
        assertThat(reviews.card("ana", shown.question().id()).reviews()).isEqualTo(1);
    }

    @Test
    void a_rating_answers_with_the_next_card_and_the_counts_that_include_it() {
        StudyCard shown = reviews.next("ana").orElseThrow();

        ReviewQueue after = reviews.rate("ana", shown, Rating.GOOD, Duration.ofSeconds(3), QueueScope.WHOLE_QUEUE);

        assertThat(reviews.card("ana", shown.question().id()).reviews()).isEqualTo(1);
        assertThat(after.agenda()).isEqualTo(reviews.agenda("ana"));
        assertThat(after.agenda().reviewedToday()).isEqualTo(1);
        assertThat(after.agenda().newToday()).isEqualTo(4);
        assertThat(after.nextCard())
                .get()
                .extracting(card -> card.question().id())
                .isEqualTo(questionIds.get(1));
    }

    @Test
    void the_last_rating_of_the_day_answers_with_no_card_and_nothing_left() {
        limitNewTo("ana", 1, ZoneId.of("UTC"));

        ReviewQueue after = reviews.rate(
                "ana", reviews.next("ana").orElseThrow(), Rating.EASY, Duration.ofSeconds(3), QueueScope.WHOLE_QUEUE);

        assertThat(after.nextCard()).isEmpty();
        assertThat(after.agenda().isDone()).isTrue();
        assertThat(after.agenda().reviewedToday()).isEqualTo(1);
    }

    @Test
    void a_retried_rating_that_answers_with_the_next_card_is_stored_once() {
        StudyCard shown = reviews.next("ana").orElseThrow();
        reviews.rate("ana", shown, Rating.GOOD, Duration.ofSeconds(3), QueueScope.WHOLE_QUEUE);

        ReviewQueue retried = reviews.rate("ana", shown, Rating.GOOD, Duration.ofSeconds(3), QueueScope.WHOLE_QUEUE);

        assertThat(reviews.card("ana", shown.question().id()).history()).hasSize(1);
        assertThat(retried.agenda().reviewedToday()).isEqualTo(1);
        assertThat(retried.nextCard())
                .get()
                .extracting(card -> card.question().id())
                .isEqualTo(questionIds.get(1));
    }

    @Test
    void a_look_longer_than_ten_minutes_is_recorded_as_ten_whichever_way_the_rating_comes() {
        reviews.rate("ana", questionIds.getFirst(), Rating.GOOD, Duration.ofHours(3));
        reviews.rate("ana", reviews.next("ana").orElseThrow(), Rating.GOOD, Duration.ofMinutes(11));
        reviews.rate(
                "ana", reviews.next("ana").orElseThrow(), Rating.GOOD, Duration.ofMinutes(25), QueueScope.WHOLE_QUEUE);
        reviews.rate(
                "ana", reviews.next("ana").orElseThrow(), Rating.GOOD, Duration.ofMinutes(4), QueueScope.WHOLE_QUEUE);

        assertThat(jdbc.queryForList("SELECT duration_ms FROM review_log ORDER BY id", Long.class))
                .containsExactly(600_000L, 600_000L, 600_000L, 240_000L);
    }

    @Test
    void each_showing_of_a_card_is_a_new_attempt() {
        StudyCard first = reviews.next("ana").orElseThrow();
        reviews.rate("ana", first, Rating.AGAIN, Duration.ofSeconds(3));
        clock.advance(Duration.ofMinutes(2));
        StudyCard again = reviews.next("ana").orElseThrow();
        assertThat(again.question().id()).isEqualTo(first.question().id());
        reviews.rate("ana", again, Rating.GOOD, Duration.ofSeconds(3));

        assertThat(reviews.card("ana", first.question().id()).history()).hasSize(2);
    }

    @Test
    void a_question_that_does_not_exist_cannot_be_rated() {
        assertThatThrownBy(() -> reviews.rate("ana", 987654321L, Rating.GOOD, Duration.ZERO))
                .isInstanceOf(NoSuchQuestionException.class);
    }

    private long rateNext(String username, Rating rating) {
        long question = reviews.next(username).orElseThrow().question().id();
        reviews.rate(username, question, rating, Duration.ofSeconds(3));
        return question;
    }

    private void limitNewTo(String username, int limit, ZoneId zone) {
        accounts.updatePreferences(username, new StudyPreferences(0.9, limit, 200, zone));
    }
}
