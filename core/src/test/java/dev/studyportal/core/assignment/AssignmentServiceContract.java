package dev.studyportal.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.cohort.CohortMember;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.cohort.NoSuchCohortException;
import dev.studyportal.core.content.Page;
import dev.studyportal.core.plan.NoSuchPlanException;
import dev.studyportal.core.plan.PlanDraft;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.questionset.QuestionSet;
import dev.studyportal.core.questionset.QuestionSetInUseException;
import dev.studyportal.core.questionset.QuestionSetService;
import dev.studyportal.core.questionset.QuestionSetSummary;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.CardPhase;
import dev.studyportal.core.review.fsrs.FsrsCard;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.core.testsupport.TestBank;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assignments and class analytics over a cohort of one teacher and three members, with an outsider in a second
 * cohort; run on MariaDB and on the embedded H2 alike. Cohorts are stored directly, as the cohort feature's
 * service is built beside this one.
 */
@RecordApplicationEvents
abstract class AssignmentServiceContract {

    /** 10:30 UTC: 23:30 the same day in Tongatapu (UTC+13), 00:30 the same day in Honolulu (UTC-10). */
    static final Instant START = Instant.parse("2026-11-25T10:30:00Z");

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClassAnalyticsService analytics;

    @Autowired
    ReviewService reviews;

    @Autowired
    PlanService plans;

    @Autowired
    Learners accountRepository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DataSource dataSource;

    @Autowired
    QuestionSetService questionSets;

    @Autowired
    TestBank bank;

    @Autowired
    AssignmentProgress progress;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    List<Long> questionIds = List.of();
    long cohort;
    long otherCohort;
    long set;
    long emptySet;
    long outsidersSet;
    long otherPage;

    @BeforeEach
    void aCohortWithATeacherThreeMembersAndAnOutsider() {
        bank.reset(START);
        for (String name : List.of("tina", "ana", "bob", "carl", "olga")) {
            bank.account(name, name.equals("carl") ? "=HYPERLINK(\"x\")" : "Person " + name, Role.LEARNER);
        }
        bank.write(content -> {
            questionIds = content.questions(
                    content.section(content.page("ml", "Machine learning"), "basics", "Basics"),
                    4,
                    number -> "Question " + number + "?");
            Page other = content.page("sys", "Systems");
            content.question(content.section(other, "design", "Design"), "Design?");
            otherPage = other.id();
            Cohort class1 = new Cohort("Class", null, ZoneId.of("UTC"), START);
            Cohort class2 = new Cohort("Other class", null, ZoneId.of("UTC"), START);
            entityManager.persist(class1);
            entityManager.persist(class2);
            cohort = class1.id();
            otherCohort = class2.id();
            join(class1, "tina", CohortRole.OWNER);
            join(class1, "ana", CohortRole.MEMBER);
            join(class1, "bob", CohortRole.MEMBER);
            join(class1, "carl", CohortRole.MEMBER);
            join(class2, "olga", CohortRole.OWNER);
            set = newSet("tina", "ML basics", questionIds.subList(0, 3));
            emptySet = newSet("tina", "Empty", List.of());
            outsidersSet = newSet("olga", "Olga's", questionIds);
        });
    }

    private void join(Cohort cohort, String username, CohortRole role) {
        entityManager.persist(new CohortMember(cohort, accountRepository.requireByUsername(username), role, START));
    }

    private long newSet(String author, String name, List<Long> ids) {
        QuestionSet questionSet = new QuestionSet(accountRepository.requireByUsername(author), name, null, START);
        questionSet.arrange(ids);
        entityManager.persist(questionSet);
        return questionSet.id();
    }

    private void moveCohortTo(String zone) {
        transaction.executeWithoutResult(status -> {
            Cohort found = entityManager.find(Cohort.class, cohort);
            found.describe(found.getName(), null, ZoneId.of(zone));
        });
    }

    private long assignDueIn(int days) {
        return assignments.assign(
                "tina", cohort, new AssignmentDraft(set, TODAY.plusDays(days), "Before Friday's session"));
    }

    private void rate(String username, int question, Rating rating) {
        reviews.rate(username, questionIds.get(question), rating, Duration.ofSeconds(5));
    }

    private long count(String table) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void an_instructor_assigns_one_of_their_sets_and_members_see_it_with_its_due_moment() {
        long id = assignDueIn(5);

        List<AssignmentSummary> seenByAna = assignments.assignments("ana", cohort);
        assertThat(seenByAna).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(id);
            assertThat(summary.setName()).isEqualTo("ML basics");
            assertThat(summary.questions()).isEqualTo(3);
            assertThat(summary.dueAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
            assertThat(summary.note()).isEqualTo("Before Friday's session");
            assertThat(summary.completion())
                    .as("members do not see the class's figures")
                    .isNull();
        });
        assertThat(assignments.assignments("tina", cohort).getFirst().completion())
                .isEqualTo(new AssignmentSummary.Completion(3, 0, 0, 0, 0));
        assertThat(assignments.mine("ana")).singleElement().satisfies(mine -> {
            assertThat(mine.cohortName()).isEqualTo("Class");
            assertThat(mine.state()).isEqualTo(AssignmentState.NOT_STARTED);
        });
        assertThat(assignments.mine("tina"))
                .as("teachers are not assigned their own sets")
                .isEmpty();
        assertThat(assignments.assignableSets("tina", cohort))
                .extracting(SetOption::name)
                .containsExactly("ML basics");
    }

    @Test
    void bad_assignments_are_refused_field_by_field_and_nothing_is_saved() {
        assertThatThrownBy(() -> assignments.assign(
                        "tina", cohort, new AssignmentDraft(emptySet, TODAY.minusDays(1), "x".repeat(1001))))
                .isInstanceOfSatisfying(
                        InvalidAssignmentException.class,
                        invalid -> assertThat(invalid.errors())
                                .containsOnlyKeys("setId", "dueDate", "note")
                                .containsEntry(
                                        "setId", "This set has no questions yet; add questions on the Sets page first.")
                                .containsEntry(
                                        "dueDate",
                                        "That day has passed in the cohort's time zone (UTC, where it is 25 Nov 2026);"
                                                + " choose today or a later day."));
        assertThatThrownBy(() -> assignments.assign("tina", cohort, new AssignmentDraft(outsidersSet, TODAY, null)))
                .isInstanceOfSatisfying(
                        InvalidAssignmentException.class,
                        invalid -> assertThat(invalid.errors()).containsOnlyKeys("setId"));
        assertThatThrownBy(() -> assignments.assign("tina", cohort, new AssignmentDraft(null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidAssignmentException.class,
                        invalid -> assertThat(invalid.errors()).containsOnlyKeys("setId", "dueDate"));
        assertThatThrownBy(() -> assignments.assign("ana", cohort, new AssignmentDraft(set, TODAY, null)))
                .isInstanceOf(CohortPermissionException.class);
        assertThatThrownBy(() -> assignments.assign("olga", cohort, new AssignmentDraft(outsidersSet, TODAY, null)))
                .isInstanceOf(NoSuchCohortException.class);
        assertThat(count("assignment")).isZero();
    }

    @Test
    void a_due_date_is_a_day_of_the_cohorts_time_zone_far_east_and_far_west() {
        // 10:30 UTC is 23:30 on the 25th in Tongatapu: the 25th is still today there, for another half hour.
        moveCohortTo("Pacific/Tongatapu");
        long tonga = assignments.assign("tina", cohort, new AssignmentDraft(set, TODAY, null));
        assertThat(assignments.assignments("ana", cohort).getFirst().dueAt())
                .isEqualTo(Instant.parse("2026-11-25T11:00:00Z"));
        clock.set(Instant.parse("2026-11-25T11:30:00Z"));
        assertThatThrownBy(() -> assignments.assign("tina", cohort, new AssignmentDraft(set, TODAY, null)))
                .isInstanceOfSatisfying(
                        InvalidAssignmentException.class,
                        invalid -> assertThat(invalid.errors().get("dueDate"))
                                .contains("Pacific/Tongatapu", "26 Nov 2026"));
        assertThat(assignments.mine("ana"))
                .singleElement()
                .extracting(MyAssignment::state)
                .isEqualTo(AssignmentState.OVERDUE);
        assignments.withdraw("tina", cohort, tonga);

        // In Honolulu (UTC-10) it is 01:30 on the 25th: the 24th has passed, the 25th lasts until 10:00 UTC on the
        // 26th.
        moveCohortTo("Pacific/Honolulu");
        assertThatThrownBy(() -> assignments.assign("tina", cohort, new AssignmentDraft(set, TODAY.minusDays(1), null)))
                .isInstanceOf(InvalidAssignmentException.class);
        assignments.assign("tina", cohort, new AssignmentDraft(set, TODAY, null));
        assertThat(assignments.mine("ana").getFirst().dueAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void states_follow_the_completion_rule_on_time_late_and_overdue() {
        long id = assignDueIn(2);
        rate("ana", 0, Rating.GOOD);
        rate("ana", 1, Rating.EASY);
        rate("ana", 2, Rating.AGAIN);
        rate("bob", 0, Rating.HARD);
        assertThat(state("ana", id)).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(state("carl", id)).isEqualTo(AssignmentState.NOT_STARTED);
        clock.set(START.plus(Duration.ofHours(1)));
        rate("ana", 2, Rating.GOOD);
        rate("bob", 1, Rating.GOOD);
        assertThat(state("ana", id)).isEqualTo(AssignmentState.DONE);

        clock.set(Instant.parse("2026-11-28T09:00:00Z"));
        rate("ana", 0, Rating.AGAIN);
        rate("bob", 0, Rating.GOOD);
        rate("bob", 2, Rating.GOOD);
        assertThat(state("ana", id))
                .as("an Again after the due moment does not undo done")
                .isEqualTo(AssignmentState.DONE);
        assertThat(state("bob", id)).isEqualTo(AssignmentState.DONE_LATE);
        assertThat(state("carl", id)).isEqualTo(AssignmentState.OVERDUE);
        assertThat(analytics.ownProgress("bob", cohort, id).counts()).isEqualTo(new CompletionRule.Counts(3, 3, 1, 2));
        assertThat(assignments.assignments("tina", cohort).getFirst().completion())
                .isEqualTo(new AssignmentSummary.Completion(3, 1, 1, 1, 0));
    }

    @Test
    void a_set_in_an_assignment_cannot_be_deleted_until_the_assignment_is_withdrawn() {
        long id = assignDueIn(3);

        assertThatThrownBy(() -> questionSets.delete("tina", set)).isInstanceOf(QuestionSetInUseException.class);

        assignments.withdraw("tina", cohort, id);
        questionSets.delete("tina", set);
        assertThat(questionSets.sets("tina")).extracting(QuestionSetSummary::id).doesNotContain(set);
    }

    @Test
    void finishing_an_assignment_is_announced_once() {
        long id = assignDueIn(2);
        rate("ana", 0, Rating.GOOD);
        rate("ana", 1, Rating.EASY);
        clock.set(START.plusSeconds(60));
        rate("ana", 2, Rating.AGAIN);
        rate("bob", 0, Rating.GOOD);
        assertThat(events.stream(AssignmentCompleted.class)).isEmpty();

        clock.set(START.plusSeconds(120));
        rate("ana", 2, Rating.GOOD);
        clock.set(START.plusSeconds(180));
        rate("ana", 0, Rating.EASY);

        long anaId = accountRepository.requireByUsername("ana").id();
        assertThat(events.stream(AssignmentCompleted.class))
                .singleElement()
                .isEqualTo(new AssignmentCompleted(id, cohort, anaId, false, START.plusSeconds(120)));
        assertThat(new JdbcTemplate(dataSource)
                        .queryForList(
                                "SELECT user_account_id FROM cohort_activity WHERE cohort_id = ? AND kind = 'ASSIGNMENT_FINISHED'",
                                Long.class,
                                cohort))
                .as("finished assignments in the cohort's feed")
                .containsExactly(anaId);
    }

    @Test
    void ratings_before_the_assignment_or_undone_do_not_count() {
        rate("ana", 0, Rating.GOOD);
        clock.set(START.plusSeconds(60));
        long id = assignDueIn(3);
        clock.set(START.plusSeconds(120));
        rate("ana", 1, Rating.GOOD);
        reviews.undoLast("ana");

        assertThat(analytics.ownProgress("ana", cohort, id).counts()).isEqualTo(new CompletionRule.Counts(3, 0, 0, 0));
        assertThat(state("ana", id)).isEqualTo(AssignmentState.NOT_STARTED);
    }

    @Test
    void a_due_date_can_be_extended_but_not_shortened_nor_moved_into_the_past() {
        long id = assignDueIn(3);

        assertThatThrownBy(() -> assignments.extend("tina", cohort, id, TODAY.plusDays(2)))
                .isInstanceOfSatisfying(
                        InvalidAssignmentException.class,
                        invalid -> assertThat(invalid.errors().get("dueDate"))
                                .isEqualTo("An extension moves the due date later; it is due on 28 Nov 2026 now."));
        assertThatThrownBy(() -> assignments.extend("ana", cohort, id, TODAY.plusDays(9)))
                .isInstanceOf(CohortPermissionException.class);
        assignments.extend("tina", cohort, id, TODAY.plusDays(9));
        assertThat(assignments.assignments("ana", cohort).getFirst().dueDate()).isEqualTo(TODAY.plusDays(9));

        clock.set(Instant.parse("2026-12-10T12:00:00Z"));
        assertThatThrownBy(() -> assignments.extend("tina", cohort, id, LocalDate.of(2026, 12, 9)))
                .isInstanceOfSatisfying(
                        InvalidAssignmentException.class,
                        invalid -> assertThat(invalid.errors().get("dueDate")).contains("That day has passed"));
        assignments.extend("tina", cohort, id, LocalDate.of(2026, 12, 10));
    }

    @Test
    void an_assignment_added_to_a_plan_brings_its_questions_and_leaves_when_withdrawn() {
        long id = assignDueIn(5);
        // A page of its own, with one question, beside the cohort's.
        long plan = plans.create(
                "ana", new PlanDraft("Mine", new PlanScope(Set.of(otherPage), Set.of(), Set.of()), TODAY, null, 3));
        assertThat(plans.plan("ana", plan).questions()).isEqualTo(1);

        assignments.addToPlan("ana", id, plan);
        assertThat(plans.plan("ana", plan).questions()).isEqualTo(4);
        assertThat(assignments.mine("ana").getFirst().planIds()).containsExactly(plan);
        assertThatThrownBy(() -> assignments.addToPlan("olga", id, plan)).isInstanceOf(NoSuchAssignmentException.class);
        assertThatThrownBy(() -> assignments.addToPlan("bob", id, plan)).isInstanceOf(NoSuchPlanException.class);

        assignments.removeFromPlan("ana", id, plan);
        assertThat(plans.plan("ana", plan).questions()).isEqualTo(1);
        assignments.addToPlan("ana", id, plan);
        assignments.withdraw("tina", cohort, id);
        assertThat(plans.plan("ana", plan).questions()).isEqualTo(1);
        assertThat(assignments.assignments("ana", cohort)).isEmpty();
    }

    @Test
    void the_matrix_shows_each_members_cells_a_page_at_a_time() {
        long id = assignDueIn(5);
        rate("ana", 0, Rating.GOOD);
        rate("ana", 1, Rating.AGAIN);
        rate("bob", 0, Rating.EASY);

        assertThat(analytics.countMembers("tina", cohort, id)).isEqualTo(3);
        ProgressMatrix first = analytics.matrix("tina", cohort, id, 0, 2);
        assertThat(first.questions())
                .extracting(ProgressMatrix.Column::title)
                .containsExactly("Question 1?", "Question 2?", "Question 3?");
        // Rows by display name: "=HYPERLINK..." (carl) sorts before "Person ana".
        assertThat(first.rows()).extracting(row -> row.member().username()).containsExactly("carl", "ana");
        assertThat(first.rows().get(0).cells()).containsOnly(CellStatus.NOT_SEEN);
        assertThat(first.rows().get(1).cells())
                .containsExactly(CellStatus.KNOWN, CellStatus.LEARNING, CellStatus.NOT_SEEN);
        ProgressMatrix second = analytics.matrix("tina", cohort, id, 2, 2);
        assertThat(second.rows()).singleElement().satisfies(row -> {
            assertThat(row.member().username()).isEqualTo("bob");
            assertThat(row.cells().getFirst()).isEqualTo(CellStatus.KNOWN);
        });
    }

    @Test
    void the_csv_holds_the_whole_matrix_with_formulas_defused() {
        long id = assignDueIn(5);
        rate("ana", 0, Rating.GOOD);

        String csv = analytics.matrixCsv("tina", cohort, id);

        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "Member,Username,State,Counting,Questions,1 Question 1?,2 Question 2?,3 Question 3?",
                        "\"'=HYPERLINK(\"\"x\"\")\",carl,Not started,0,3,Not seen,Not seen,Not seen",
                        "Person ana,ana,In progress,1,3,Known for the assignment,Not seen,Not seen",
                        "Person bob,bob,Not started,0,3,Not seen,Not seen,Not seen");
    }

    @Test
    void hardest_about_to_forget_and_behind_read_the_cohorts_cards() {
        long id = assignments.assign("tina", cohort, new AssignmentDraft(set, TODAY.plusDays(20), null));
        for (String member : List.of("ana", "bob")) {
            rate(member, 0, Rating.GOOD);
            rate(member, 1, Rating.AGAIN);
        }
        clock.set(START.plus(Duration.ofMinutes(15)));
        for (String member : List.of("ana", "bob")) {
            rate(member, 0, Rating.GOOD);
            rate(member, 1, Rating.AGAIN);
        }
        clock.set(START.plus(Duration.ofMinutes(30)));
        rate("ana", 2, Rating.EASY);
        rate("bob", 2, Rating.EASY);
        clock.set(START.plus(Duration.ofDays(10)));

        ClassAnalytics figures = analytics.analytics("tina", cohort, id);

        assertThat(figures.members()).isEqualTo(3);
        assertThat(figures.hardest()).first().satisfies(hardest -> {
            assertThat(hardest.questionId()).isEqualTo(questionIds.get(1));
            assertThat(hardest.againShare()).isEqualTo(1.0);
            assertThat(hardest.learners()).isEqualTo(2);
        });
        // Half the time gone: carl has nothing counting, ana and bob two of three.
        assertThat(figures.behind()).extracting(MemberProgress::username).containsExactly("carl");
        assertThat(figures.states())
                .containsEntry(AssignmentState.IN_PROGRESS, 2)
                .containsEntry(AssignmentState.NOT_STARTED, 1);

        List<FadingQuestion> fading = figures.aboutToForget();
        assertThat(fading).isNotEmpty();
        for (FadingQuestion question : fading) {
            assertThat(question.retrievabilityLater()).isLessThan(AssignmentQueries.FORGET_THRESHOLD);
            assertThat(question.retrievabilityLater())
                    .isCloseTo(
                            javaAverage(question.questionId(), clock.instant().plus(Duration.ofDays(7))), within(1e-9));
            assertThat(question.retrievabilityNow())
                    .isCloseTo(javaAverage(question.questionId(), clock.instant()), within(1e-9));
        }
    }

    /**
     * The statements read each member's ratings and cards whatever the question, then keep the set's active
     * questions (V24): ratings on a question outside the set, on a retired one, by the cohort's teacher, by someone
     * outside the cohort, undone, or older than the Again window must not reach a figure.
     */
    @Test
    void figures_hold_only_members_ratings_on_the_sets_active_questions() {
        long id = assignDueIn(5);
        rate("ana", 1, Rating.AGAIN);
        clock.set(START.plus(Duration.ofDays(95)));
        rate("ana", 1, Rating.GOOD);
        rate("ana", 3, Rating.AGAIN);
        rate("ana", 2, Rating.GOOD);
        rate("tina", 1, Rating.AGAIN);
        rate("olga", 1, Rating.AGAIN);
        rate("bob", 1, Rating.AGAIN);
        clock.set(START.plus(Duration.ofDays(95)).plusSeconds(30));
        rate("bob", 1, Rating.GOOD);
        rate("carl", 0, Rating.AGAIN);
        reviews.undoLast("carl");
        bank.write(content -> content.question(questionIds.get(2)).retire());

        ClassAnalytics figures = analytics.analytics("tina", cohort, id);

        assertThat(figures.hardest())
                .as("only the set's active questions the members rated and kept")
                .singleElement()
                .satisfies(hardest -> {
                    assertThat(hardest.questionId()).isEqualTo(questionIds.get(1));
                    assertThat(hardest.learners()).isEqualTo(2);
                    assertThat(hardest.againShare())
                            .as("ana's Again and Good, bob's Again and Good; nobody else's")
                            .isCloseTo(0.5, within(1e-9));
                });
        // Due on day 5: ana's Again came before it and her Good after, so question 2 counts late; bob's Good is
        // after his Again, both late. Question 3 is retired, question 4 is not in the set.
        assertThat(analytics.ownProgress("ana", cohort, id).counts()).isEqualTo(new CompletionRule.Counts(2, 1, 0, 1));
        assertThat(analytics.ownProgress("bob", cohort, id).counts()).isEqualTo(new CompletionRule.Counts(2, 1, 0, 1));
        assertThat(analytics.ownProgress("carl", cohort, id).counts()).isEqualTo(new CompletionRule.Counts(2, 0, 0, 0));
        ProgressMatrix matrix = analytics.matrix("tina", cohort, id, 0, 10);
        assertThat(matrix.questions())
                .extracting(ProgressMatrix.Column::questionId)
                .containsExactly(questionIds.get(0), questionIds.get(1));
        assertThat(matrix.rows())
                .extracting(row ->
                        row.member().username() + " " + row.member().counts().rated() + "/"
                                + row.member().counts().late() + " " + row.cells())
                .containsExactly(
                        "carl 0/0 [NOT_SEEN, NOT_SEEN]", "ana 1/1 [NOT_SEEN, KNOWN]", "bob 1/1 [NOT_SEEN, KNOWN]");
        assertThat(figures.states()).containsEntry(AssignmentState.OVERDUE, 3);
    }

    /**
     * Before the due moment the analytics read the rule's instants from the cards (V26), after it from the log. Both
     * must agree while both may be asked: through ratings before the assignment, Again and Hard after Good, undone
     * ratings of each kind, and a member with nothing. The cards' moments are also what V26's backfill computes from
     * the log, so that an upgraded install reads the same as one that kept them from the start.
     */
    @Test
    void before_the_due_moment_the_cards_answer_as_the_log_does() throws Exception {
        rate("ana", 0, Rating.GOOD);
        rate("bob", 2, Rating.AGAIN);
        clock.set(START.plusSeconds(60));
        long id = assignDueIn(5);
        List.of(
                        step("ana", 0, Rating.AGAIN),
                        step("ana", 0, Rating.GOOD),
                        step("ana", null, null),
                        step("ana", 1, Rating.GOOD),
                        step("ana", 1, Rating.HARD),
                        step("ana", 2, Rating.EASY),
                        step("ana", null, null),
                        step("bob", 1, Rating.AGAIN),
                        step("bob", 1, Rating.GOOD),
                        step("bob", 1, Rating.AGAIN),
                        step("bob", null, null),
                        step("bob", 0, Rating.HARD),
                        step("bob", 0, Rating.GOOD))
                .forEach(step -> {
                    clock.set(clock.instant().plusSeconds(30));
                    if (step.rating() == null) {
                        reviews.undoLast(step.username());
                    } else {
                        rate(step.username(), step.question(), step.rating());
                    }
                });
        List<Long> members = List.of(
                accountRepository.requireByUsername("ana").id(),
                accountRepository.requireByUsername("bob").id(),
                accountRepository.requireByUsername("carl").id());
        Map<AssignmentQueries.RatingSource, List<String>> progressBySource =
                new EnumMap<>(AssignmentQueries.RatingSource.class);
        Map<AssignmentQueries.RatingSource, List<String>> cellsBySource =
                new EnumMap<>(AssignmentQueries.RatingSource.class);
        for (AssignmentQueries.RatingSource source : AssignmentQueries.RatingSource.values()) {
            transaction.executeWithoutResult(status -> {
                Assignment assignment = entityManager.find(Assignment.class, id);
                assertThat(clock.instant()).isBefore(assignment.dueAt());
                Map<String, Object> parameters = AssignmentProgress.parameters(
                        assignment, Map.of("members", members, "questions", questionIds.subList(0, 3)));
                progressBySource.put(source, rows(progress.rows(source.allProgress(), parameters)));
                cellsBySource.put(
                        source,
                        rows(progress.rows(source.cells(), parameters)).stream()
                                .sorted()
                                .toList());
            });
        }
        assertThat(progressBySource.get(AssignmentQueries.RatingSource.CARDS))
                .as("ana: question 1 Again last since the assignment, 2 Hard last, 3 undone; bob: 1 and 2 Good last")
                .containsExactly(
                        "%d carl =HYPERLINK(\"x\") 0 0 0".formatted(members.get(2)),
                        "%d ana Person ana 2 0 0".formatted(members.get(0)),
                        "%d bob Person bob 2 2 0".formatted(members.get(1)))
                .isEqualTo(progressBySource.get(AssignmentQueries.RatingSource.LOG));
        assertThat(cellsBySource.get(AssignmentQueries.RatingSource.CARDS))
                .as("ana's questions 1 and 2, bob's 1, 2 and 3 (3 rated before the assignment only)")
                .hasSize(5)
                .isEqualTo(cellsBySource.get(AssignmentQueries.RatingSource.LOG));

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String moments = "select user_account_id, question_id, agains, last_good_at, last_bad_at from card_state"
                + " order by user_account_id, question_id";
        List<Map<String, Object>> kept = jdbc.queryForList(moments);
        assertThat(jdbc.queryForObject("select sum(agains) from card_state", Long.class))
                .as("ana's Again on question 1, bob's on 2 and 3; bob's undone Again not")
                .isEqualTo(3);
        jdbc.update("update card_state set agains = 0, last_good_at = null, last_bad_at = null");
        jdbc.update(v26Backfill());
        assertThat(jdbc.queryForList(moments)).isEqualTo(kept);
    }

    private record Step(
            String username,
            @Nullable Integer question,
            @Nullable Rating rating) {}

    /** A rating, or an undo of the learner's latest where {@code question} and {@code rating} are null. */
    private static Step step(String username, @Nullable Integer question, @Nullable Rating rating) {
        return new Step(username, question, rating);
    }

    /** Rows as text, instants as instants, in a stable order: what two statements can be compared by. */
    private static List<String> rows(List<Object[]> rows) {
        return rows.stream()
                .map(row -> java.util.Arrays.stream(row)
                        .map(value -> switch (value) {
                            case null -> "null";
                            case Number number ->
                                new java.math.BigDecimal(number.toString())
                                        .stripTrailingZeros()
                                        .toPlainString();
                            case String text -> text;
                            default -> String.valueOf(AssignmentProgress.instant(value));
                        })
                        .collect(java.util.stream.Collectors.joining(" ")))
                .toList();
    }

    private static String v26Backfill() throws java.io.IOException {
        try (var in =
                AssignmentServiceContract.class.getResourceAsStream("/db/migration/V26__card_rating_moments.sql")) {
            String migration = new String(
                    java.util.Objects.requireNonNull(in, "V26").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            String update = migration.substring(migration.indexOf("UPDATE card_state"));
            return update.substring(0, update.indexOf(';'));
        }
    }

    /** The members' average retrievability computed card by card through the scheduler, to hold the SQL to it. */
    private double javaAverage(long questionId, Instant at) {
        List<Map<String, Object>> cards = new JdbcTemplate(dataSource).queryForList("""
                select c.phase, c.step, c.stability, c.difficulty, c.due_at, c.last_review_at from card_state c
                join user_account u on u.id = c.user_account_id
                where c.question_id = ? and c.reps > 0 and u.username in ('ana', 'bob', 'carl')""", questionId);
        return cards.stream()
                .mapToDouble(card -> AssignmentQueries.CURVE.retrievability(
                        new FsrsCard(
                                CardPhase.valueOf((String) card.get("phase")), (Integer) card.get("step"),
                                ((Number) card.get("stability")).doubleValue(),
                                        ((Number) card.get("difficulty")).doubleValue(),
                                instant(card.get("due_at")), instant(card.get("last_review_at"))),
                        at))
                .average()
                .orElseThrow();
    }

    private static Instant instant(Object value) {
        return AssignmentProgress.instant(value);
    }

    @Test
    void members_see_only_their_own_progress_and_outsiders_nothing() {
        long id = assignDueIn(5);

        assertThatThrownBy(() -> analytics.analytics("ana", cohort, id)).isInstanceOf(CohortPermissionException.class);
        assertThatThrownBy(() -> analytics.matrix("ana", cohort, id, 0, 10))
                .isInstanceOf(CohortPermissionException.class);
        assertThatThrownBy(() -> analytics.matrixCsv("ana", cohort, id)).isInstanceOf(CohortPermissionException.class);
        assertThat(analytics.ownProgress("ana", cohort, id).state()).isEqualTo(AssignmentState.NOT_STARTED);
        assertThatThrownBy(() -> analytics.analytics("olga", cohort, id)).isInstanceOf(NoSuchCohortException.class);
        assertThatThrownBy(() -> analytics.ownProgress("olga", cohort, id)).isInstanceOf(NoSuchCohortException.class);
        assertThatThrownBy(() -> assignments.assignments("olga", cohort)).isInstanceOf(NoSuchCohortException.class);
        assertThatThrownBy(() -> assignments.withdraw("olga", cohort, id)).isInstanceOf(NoSuchCohortException.class);
        // Olga owns her own cohort, but the assignment is not in it.
        assertThatThrownBy(() -> analytics.analytics("olga", otherCohort, id))
                .isInstanceOf(NoSuchAssignmentException.class);
        assertThatThrownBy(() -> assignments.withdraw("olga", otherCohort, id))
                .isInstanceOf(NoSuchAssignmentException.class);
        assertThat(assignments.assignments("ana", cohort)).hasSize(1);
    }

    private AssignmentState state(String username, long id) {
        return analytics.ownProgress(username, cohort, id).state();
    }
}
