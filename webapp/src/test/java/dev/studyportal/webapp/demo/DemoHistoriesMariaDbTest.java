package dev.studyportal.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.assignment.AssignmentQueries;
import dev.studyportal.core.assignment.ClassAnalytics;
import dev.studyportal.core.assignment.ClassAnalyticsService;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.webapp.SeparatePortal;
import dev.studyportal.webapp.StudyPortalApplication;
import dev.studyportal.webapp.security.PortalItself;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile's five review histories, made at start-up from the real scheduler (DESIGN.md, "Demo profile data"). */
@SpringBootTest(classes = StudyPortalApplication.class, properties = "studyportal.import.source.path=../docs")
@ActiveProfiles("demo")
@MariaDbTest
@ExtendWith(SeparatePortal.class)
class DemoHistoriesMariaDbTest {

    /** One review as the dashboards read it. */
    record Review(
            String username,
            String question,
            String rating,
            Instant at,
            long durationMs,
            Instant dueAfter,
            double stabilityAfter) {

        LocalDate day(ZoneId zone) {
            return at.atZone(zone).toLocalDate();
        }
    }

    @Autowired
    DemoHistories histories;

    @Autowired
    DemoCohort cohort;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClassAnalyticsService analytics;

    @Autowired
    PortalItself portal;
    /**
     * Every test context's clock (core's tests supply it), standing still unless a test moves it: the histories end
     * at the moment the portal started, which is this one.
     */
    @Autowired
    MutableClock clock;

    @Test
    void learner1_prepares_for_an_interview_three_weeks_ahead_beside_a_second_plan() {
        LocalDate today = clock.instant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
        List<LocalDate> interviews = jdbc.queryForList("""
                SELECT p.interview_date FROM study_plan p JOIN user_account u ON u.id = p.user_account_id
                WHERE u.username = 'learner1' AND p.archived = FALSE ORDER BY p.id""", LocalDate.class);

        assertThat(interviews).hasSize(2);
        assertThat(interviews.getFirst()).isEqualTo(today.plusWeeks(3));
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM study_plan p JOIN user_account u ON u.id = p.user_account_id
                WHERE u.username <> 'learner1'""", Integer.class)).isZero();
    }

    @Test
    void the_demo_cohort_is_the_instructors_with_four_learners_three_of_them_sharing() {
        String members = """
                SELECT CONCAT(u.username, ' ', m.role, ' ', CASE WHEN m.sharing THEN 'shares' ELSE 'private' END)
                FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id JOIN user_account u ON u.id = m.user_account_id
                WHERE c.name = 'Demo cohort' ORDER BY u.username""";
        assertThat(jdbc.queryForList(members, String.class))
                .containsExactly(
                        "instructor OWNER private",
                        "learner1 MEMBER shares",
                        "learner2 MEMBER shares",
                        "learner3 MEMBER shares",
                        "learner4 MEMBER private");

        cohort.make();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cohort", Integer.class))
                .as("a restart adds nothing")
                .isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assignment", Integer.class))
                .isOne();
    }

    @Test
    void the_demo_cohort_has_ml_fundamentals_due_in_a_week_with_the_members_progress_on_it() {
        Map<String, Object> assignment = jdbc.queryForMap("""
                SELECT s.name AS set_name, a.due_date AS due, (SELECT COUNT(*) FROM question_set_item i
                WHERE i.set_id = s.id) AS questions FROM assignment a JOIN question_set s ON s.id = a.set_id
                JOIN cohort c ON c.id = a.cohort_id JOIN user_account u ON u.id = s.user_account_id
                WHERE c.name = 'Demo cohort' AND u.username = 'instructor'""");
        assertThat(assignment.get("set_name")).isEqualTo("ML fundamentals");
        assertThat(((java.sql.Date) assignment.get("due")).toLocalDate())
                .isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusWeeks(1));
        assertThat(((Number) assignment.get("questions")).intValue())
                .as("the bank's first three sections")
                .isEqualTo(10);
        assertThat(jdbc.queryForList("""
                SELECT DISTINCT u.username FROM card_state cs JOIN user_account u ON u.id = cs.user_account_id
                JOIN question_set_item i ON i.question_id = cs.question_id JOIN question_set s ON s.id = i.set_id
                WHERE s.name = 'ML fundamentals' ORDER BY u.username""", String.class))
                .as("members who have studied the set's questions, for the matrix and the hardest questions")
                .contains("learner1", "learner2", "learner4");
    }

    @Test
    void the_demo_assignment_shows_questions_the_cohort_is_about_to_forget() {
        Map<String, Object> assignment = jdbc.queryForMap("""
                SELECT a.id AS assignment_id, c.id AS cohort_id FROM assignment a JOIN cohort c ON c.id = a.cohort_id
                WHERE c.name = 'Demo cohort'""");
        long cohortId = ((Number) assignment.get("cohort_id")).longValue();
        long assignmentId = ((Number) assignment.get("assignment_id")).longValue();
        ClassAnalytics[] figures = new ClassAnalytics[1];

        portal.actAsLearner(
                DemoCohort.OWNER, () -> figures[0] = analytics.analytics(DemoCohort.OWNER, cohortId, assignmentId));

        assertThat(figures[0].aboutToForget())
                .as("the questions everyone finds hard fade within the week")
                .isNotEmpty()
                .allMatch(question -> question.retrievabilityLater() < AssignmentQueries.FORGET_THRESHOLD);
        assertThat(figures[0].hardest()).isNotEmpty();
    }

    @Test
    void each_learner_has_the_history_of_their_story() {
        Instant now = clock.instant();
        List<Review> steady = reviewsOf("learner1");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate today = now.atZone(berlin).toLocalDate();
        Set<LocalDate> steadyDays = days(steady, berlin);
        assertThat(steadyDays)
                .as("learner1 studies on most of the last 90 days")
                .allMatch(day -> !day.isBefore(today.minusDays(89)) && !day.isAfter(today))
                .hasSizeGreaterThan(70);
        assertThat(steady)
                .as("in the evening, Berlin time")
                .allMatch(review -> review.at().atZone(berlin).getHour() >= 19);

        List<Review> lapsing = reviewsOf("learner2");
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(longestGapLength(days(lapsing, newYork)))
                .as("learner2 stopped for weeks")
                .isGreaterThanOrEqualTo(21);
        LocalDate cameBack = longestGapEnd(days(lapsing, newYork));
        double againBefore = againShare(lapsing.stream()
                .filter(review -> review.day(newYork).isBefore(cameBack))
                .toList());
        double againOnReturn = againShare(lapsing.stream()
                .filter(review -> review.day(newYork).equals(cameBack))
                .toList());
        assertThat(againOnReturn)
                .as("and came back having forgotten much: Again on the first day back")
                .isGreaterThanOrEqualTo(0.4)
                .isGreaterThan(2 * againBefore);
        assertThat(lapsing).anyMatch(review -> review.day(newYork).isAfter(cameBack));

        List<Review> beginner = reviewsOf("learner3");
        assertThat(beginner)
                .as("learner3 started three days ago")
                .isNotEmpty()
                .allMatch(review -> review.at().isAfter(now.minus(Duration.ofDays(3))));

        List<Review> heavy = reviewsOf("learner4");
        long activeQuestions = jdbc.queryForObject("SELECT COUNT(*) FROM question WHERE retired = FALSE", Long.class);
        assertThat(heavy.stream().map(Review::question).distinct().count())
                .as("learner4 has met most of the bank")
                .isGreaterThanOrEqualTo(activeQuestions * 8 / 10);
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        assertThat(minutesPerStudyDay(heavy, losAngeles))
                .as("in long sessions")
                .isGreaterThan(2 * minutesPerStudyDay(steady, berlin));

        List<Review> idle = reviewsOf("learner5");
        assertThat(idle)
                .as("learner5 reviewed a few weeks ago")
                .isNotEmpty()
                .allMatch(review -> review.at().isBefore(now.minus(Duration.ofDays(14))));

        assertThat(List.of(steady, lapsing, beginner, heavy, idle))
                .allSatisfy(history -> assertThat(history)
                        .allMatch(review -> review.durationMs() >= 4_000 && review.durationMs() <= 240_000)
                        .allMatch(review ->
                                review.at().isBefore(now) && review.dueAfter().isAfter(review.at())));
    }

    @Test
    void the_histories_are_the_same_every_time_and_a_restart_adds_nothing() {
        List<Review> first = allDemoReviews();
        assertThat(first).hasSizeGreaterThan(500);

        histories.make();
        assertThat(allDemoReviews()).as("a second start adds nothing").isEqualTo(first);

        jdbc.update(
                "DELETE FROM review_log WHERE user_account_id IN (SELECT id FROM user_account WHERE username LIKE 'learner%')");
        jdbc.update(
                "DELETE FROM card_state WHERE user_account_id IN (SELECT id FROM user_account WHERE username LIKE 'learner%')");
        histories.make();
        assertThat(allDemoReviews()).as("made again from the same seed").isEqualTo(first);
    }

    private List<Review> reviewsOf(String username) {
        return allDemoReviews().stream()
                .filter(review -> review.username().equals(username))
                .toList();
    }

    private List<Review> allDemoReviews() {
        return jdbc.query(
                """
                SELECT u.username, q.question_key, l.rating, l.reviewed_at, l.duration_ms, l.due_after, l.stability_after
                FROM review_log l JOIN user_account u ON u.id = l.user_account_id JOIN question q ON q.id = l.question_id
                WHERE u.username LIKE 'learner%'
                ORDER BY u.username, l.reviewed_at, l.id
                """,
                (rows, n) -> new Review(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getTimestamp(4).toInstant(),
                        rows.getLong(5),
                        rows.getTimestamp(6).toInstant(),
                        rows.getDouble(7)));
    }

    private static Set<LocalDate> days(List<Review> reviews, ZoneId zone) {
        return reviews.stream().map(review -> review.day(zone)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static long longestGapLength(Set<LocalDate> days) {
        long longest = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            if (previous != null) {
                longest = Math.max(longest, day.toEpochDay() - previous.toEpochDay() - 1);
            }
            previous = day;
        }
        return longest;
    }

    /** The first day studied after the longest gap. */
    private static LocalDate longestGapEnd(Set<LocalDate> days) {
        long longest = -1;
        LocalDate end = null;
        LocalDate previous = null;
        for (LocalDate day : days) {
            if (previous != null && day.toEpochDay() - previous.toEpochDay() > longest) {
                longest = day.toEpochDay() - previous.toEpochDay();
                end = day;
            }
            previous = day;
        }
        return end;
    }

    private static double againShare(List<Review> reviews) {
        return reviews.stream()
                        .filter(review -> review.rating().equals("AGAIN"))
                        .count()
                / (double) reviews.size();
    }

    private static double minutesPerStudyDay(List<Review> reviews, ZoneId zone) {
        return reviews.stream().mapToLong(Review::durationMs).sum()
                / 60_000.0
                / days(reviews, zone).size();
    }
}
