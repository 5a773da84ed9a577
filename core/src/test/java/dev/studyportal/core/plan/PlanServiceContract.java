package dev.studyportal.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.Section;
import dev.studyportal.core.review.QueueScope;
import dev.studyportal.core.review.ReviewQueue;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.TodayAgenda;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.core.testsupport.TestBank;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Plans, their scope and their share of the queue; run on MariaDB and on the embedded H2 alike. The clock is
 * the {@link MutableClock} that core's test configuration puts in every context.
 */
abstract class PlanServiceContract {

    /** 10:30 UTC: 23:30 the same day in Tongatapu (UTC+13), 00:30 the same day in Honolulu (UTC-10). */
    static final Instant START = Instant.parse("2026-11-25T10:30:00Z");

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Autowired
    PlanService planService;

    @Autowired
    ReviewService reviews;

    @Autowired
    AccountService accounts;

    @Autowired
    TestBank bank;

    @Autowired
    MutableClock clock;

    long mlPage;
    long deepSection;
    long sysPage;
    final List<Long> mlQuestions = new ArrayList<>();
    List<Long> sysQuestions = List.of();

    @BeforeEach
    void aBankOfTwoPagesAndTwoLearners() {
        bank.reset(START);
        mlQuestions.clear();
        bank.write(content -> {
            Page ml = content.page(
                    "ml",
                    "Machine learning",
                    page -> page.withTags(List.of("ml")).withSidebarPosition(1));
            Page sys = content.page(
                    "sys", "Systems", page -> page.withTags(List.of("systems")).withSidebarPosition(2));
            Section basics = content.section(ml, "basics", "Basics");
            Section deep = content.section(ml, "deep", "Deep learning");
            mlPage = ml.id();
            sysPage = sys.id();
            deepSection = deep.id();
            mlQuestions.addAll(content.questions(basics, 3));
            mlQuestions.addAll(content.questions(deep, 2));
            sysQuestions = content.questions(content.section(sys, "design", "Design"), 4);
        });
        bank.learners("ana", "bob");
    }

    PlanDraft draft(String name, PlanScope scope, LocalDate interview, Integer budget) {
        return new PlanDraft(name, scope, TODAY, interview, budget);
    }

    static PlanScope pages(long... ids) {
        return new PlanScope(Set.copyOf(java.util.Arrays.stream(ids).boxed().toList()), Set.of(), Set.of());
    }

    static PlanScope tags(String... tags) {
        return new PlanScope(Set.of(), Set.of(), Set.of(tags));
    }

    @Test
    void a_scope_of_a_section_and_a_tag_covers_the_questions_of_both_once() {
        long id = planService.create(
                "ana", draft("Mixed", new PlanScope(Set.of(mlPage), Set.of(deepSection), Set.of("systems")), null, 5));

        PlanSummary plan = planService.plan("ana", id);
        assertThat(plan.questions()).isEqualTo(9);
        assertThat(plan.newLeft()).isEqualTo(9);
        assertThat(plan.pace()).isEqualTo("5 new a day until 26 Nov, then reviews only.");
    }

    @Test
    void with_a_date_the_plan_spreads_its_new_questions_so_each_gets_a_first_review_before_it() {
        long id = planService.create("ana", draft("Interview", tags("ml", "systems"), TODAY.plusDays(6), null));

        // Nine new questions; the last introduction falls three days before the date (a Good card's first review
        // comes two days after it is learned, and must fall before the interview day): 25 to 28 Nov, four days.
        assertThat(planService.plan("ana", id).pace()).isEqualTo("3 new a day until 27 Nov, then reviews only.");
    }

    @Test
    void a_question_added_to_a_page_in_scope_joins_the_plan() {
        long id = planService.create("ana", draft("ML", pages(mlPage), null, 5));

        bank.write(content ->
                mlQuestions.add(content.question(content.section(deepSection), "Deep learning question 3?")));

        assertThat(planService.plan("ana", id).questions()).isEqualTo(6);
    }

    @Test
    void a_retired_question_leaves_the_plan_and_keeps_its_reviews() {
        long id = planService.create("ana", draft("ML", pages(mlPage), null, 5));
        reviews.rate("ana", mlQuestions.getFirst(), Rating.GOOD, Duration.ofSeconds(10));

        bank.write(content -> content.question(mlQuestions.getFirst()).retire());

        assertThat(planService.plan("ana", id).questions()).isEqualTo(4);
        assertThat(reviews.card("ana", mlQuestions.getFirst()).history()).hasSize(1);
    }

    @Test
    void bad_input_gets_a_message_on_its_field_and_nothing_is_saved() {
        assertRefused(new PlanDraft("x".repeat(500), pages(mlPage), TODAY, null, null), "name", "100 characters");
        assertRefused(new PlanDraft("  ", pages(mlPage), TODAY, null, null), "name", "name");
        assertRefused(new PlanDraft("P", PlanScope.EMPTY, TODAY, null, null), "scope", "at least one");
        assertRefused(new PlanDraft("P", pages(mlPage), TODAY, TODAY.minusDays(1), null), "interviewDate", "passed");
        assertRefused(
                new PlanDraft("P", pages(mlPage), TODAY.plusDays(5), TODAY.plusDays(2), null),
                "interviewDate",
                "after the start");
        assertRefused(new PlanDraft("P", pages(mlPage), TODAY, null, 0), "dailyNewBudget", "at least 1");
        assertRefused(new PlanDraft("P", pages(mlPage), TODAY, null, 10_000), "dailyNewBudget", "at most 500");
        assertRefused(new PlanDraft("P", pages(mlPage), null, null, null), "startDate", "start");
        assertRefused(new PlanDraft("P", pages(-1), TODAY, null, null), "scope", "from the lists");

        assertThat(planService.plans("ana")).isEmpty();
    }

    @Test
    void a_refused_edit_leaves_the_plan_as_it_was() {
        long id = planService.create("ana", draft("ML", pages(mlPage), TODAY.plusDays(10), 3));

        assertThatThrownBy(
                        () -> planService.update("ana", id, new PlanDraft("Renamed", PlanScope.EMPTY, TODAY, null, 0)))
                .isInstanceOfSatisfying(
                        InvalidPlanException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("scope", "dailyNewBudget"));

        PlanSummary plan = planService.plan("ana", id);
        assertThat(plan.name()).isEqualTo("ML");
        assertThat(plan.scope()).isEqualTo(pages(mlPage));
        assertThat(plan.dailyNewBudget()).isEqualTo(3);
    }

    @Test
    void an_edit_may_keep_an_interview_date_that_has_since_passed() {
        long id = planService.create("ana", draft("ML", pages(mlPage), TODAY.plusDays(1), 3));
        clock.advance(Duration.ofDays(3));

        planService.update("ana", id, draft("Renamed", pages(mlPage), TODAY.plusDays(1), 3));

        assertThat(planService.plan("ana", id).name()).isEqualTo("Renamed");
        assertThat(planService.plan("ana", id).pace()).startsWith("The interview date has passed");
        assertThat(planService.readiness("ana", id)).isEmpty();
    }

    @Test
    void someone_elses_plan_is_no_such_plan() {
        long id = planService.create("ana", draft("Ana's", pages(mlPage), TODAY.plusDays(10), null));

        assertThatThrownBy(() -> planService.plan("bob", id)).isInstanceOf(NoSuchPlanException.class);
        assertThatThrownBy(() -> planService.update("bob", id, draft("Mine", pages(mlPage), null, 2)))
                .isInstanceOf(NoSuchPlanException.class);
        assertThatThrownBy(() -> planService.archive("bob", id)).isInstanceOf(NoSuchPlanException.class);
        assertThatThrownBy(() -> planService.delete("bob", id)).isInstanceOf(NoSuchPlanException.class);
        assertThatThrownBy(() -> planService.readiness("bob", id)).isInstanceOf(NoSuchPlanException.class);
        assertThatThrownBy(() -> planService.plan("ana", id + 1000)).isInstanceOf(NoSuchPlanException.class);
        assertThat(reviews.next("bob", id)).isEmpty();
        assertThat(planService.plan("ana", id).name()).isEqualTo("Ana's");
    }

    @Test
    void archiving_takes_a_plan_out_of_the_agenda_and_deleting_removes_it() {
        long id = planService.create("ana", draft("ML", pages(mlPage), null, 2));
        assertThat(reviews.agenda("ana").plans()).hasSize(1);

        planService.archive("ana", id);
        assertThat(reviews.agenda("ana").plans()).isEmpty();
        assertThat(planService.plan("ana", id).archived()).isTrue();

        planService.restore("ana", id);
        assertThat(reviews.agenda("ana").plans()).hasSize(1);

        planService.delete("ana", id);
        assertThat(planService.plans("ana")).isEmpty();
    }

    @Test
    void a_learner_without_plans_keeps_the_whole_bank() {
        assertThat(reviews.agenda("ana")).isEqualTo(new TodayAgenda(0, 0, 9, 0, null));
    }

    @Test
    void the_agenda_counts_a_question_in_two_plans_once_and_each_plan_its_own_share() {
        long first = planService.create("ana", draft("ML page", pages(mlPage), null, 2));
        long second = planService.create("ana", draft("ML tag", tags("ml"), null, 3));

        TodayAgenda agenda = reviews.agenda("ana");

        // Both plans cover the same five questions: the two of the first plan count towards the second's three.
        assertThat(agenda.newToday()).isEqualTo(3);
        assertThat(agenda.plans())
                .extracting(p -> p.planId(), p -> p.newToday())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, 2), org.assertj.core.groups.Tuple.tuple(second, 3));
        for (int i = 0; i < 3; i++) {
            long question = reviews.next("ana").orElseThrow().question().id();
            assertThat(question).isIn(mlQuestions);
            reviews.rate("ana", question, Rating.EASY, Duration.ofSeconds(5));
        }
        assertThat(reviews.next("ana")).isEmpty();
        assertThat(reviews.agenda("ana").newToday()).isZero();
    }

    @Test
    void one_plan_alone_serves_only_its_own_questions() {
        long ml = planService.create("ana", draft("ML", pages(mlPage), null, 4));
        long sys = planService.create("ana", draft("Systems", pages(sysPage), null, 4));

        assertThat(reviews.agenda("ana", sys).newToday()).isEqualTo(4);
        assertThat(reviews.next("ana", sys).orElseThrow().question().id()).isEqualTo(sysQuestions.getFirst());
        assertThat(reviews.next("ana", ml).orElseThrow().question().id()).isEqualTo(mlQuestions.getFirst());
    }

    @Test
    void a_rating_in_one_plan_alone_answers_with_that_plans_next_card_and_counts() {
        planService.create("ana", draft("ML", pages(mlPage), null, 4));
        long sys = planService.create("ana", draft("Systems", pages(sysPage), null, 4));

        ReviewQueue after = reviews.rate(
                "ana",
                reviews.next("ana", sys).orElseThrow(),
                Rating.EASY,
                Duration.ofSeconds(5),
                QueueScope.plan(sys));

        assertThat(after.nextCard())
                .get()
                .extracting(card -> card.question().id())
                .isEqualTo(sysQuestions.get(1));
        assertThat(after.agenda()).isEqualTo(reviews.agenda("ana", sys));
        assertThat(after.agenda().newToday()).isEqualTo(3);
    }

    @Test
    void due_reviews_outside_every_plan_wait_while_plans_steer_the_queue() {
        reviews.rate("ana", sysQuestions.getFirst(), Rating.GOOD, Duration.ofSeconds(5));
        planService.create("ana", draft("ML", pages(mlPage), null, 1));

        clock.advance(Duration.ofMinutes(30));

        assertThat(reviews.agenda("ana").dueNow()).isZero();
        assertThat(reviews.next("ana").orElseThrow().question().id()).isEqualTo(mlQuestions.getFirst());
    }

    @Test
    void the_settings_limit_stays_the_ceiling_over_every_plan() {
        accounts.updatePreferences("ana", new StudyPreferences(0.9, 1, 200, ZoneId.of("UTC")));
        planService.create("ana", draft("ML", pages(mlPage), null, 4));
        planService.create("ana", draft("Systems", pages(sysPage), null, 4));

        assertThat(reviews.agenda("ana").newToday()).isEqualTo(1);
        reviews.rate("ana", reviews.next("ana").orElseThrow().question().id(), Rating.EASY, Duration.ofSeconds(5));
        assertThat(reviews.next("ana")).isEmpty();
    }

    @Test
    void a_plan_that_starts_later_leaves_today_to_the_whole_bank() {
        planService.create("ana", new PlanDraft("Later", pages(mlPage), TODAY.plusDays(2), TODAY.plusDays(20), null));

        assertThat(reviews.agenda("ana").plans()).isEmpty();
        assertThat(reviews.agenda("ana").newToday()).isEqualTo(9);
    }

    @Test
    void today_is_the_learners_own_day_in_tongatapu_and_in_honolulu() {
        accounts.updatePreferences("ana", StudyPreferences.DEFAULTS.inZone(ZoneId.of("Pacific/Tongatapu")));
        accounts.updatePreferences("bob", StudyPreferences.DEFAULTS.inZone(ZoneId.of("Pacific/Honolulu")));
        clock.set(Instant.parse("2026-11-25T11:30:00Z"));

        // 00:30 on 26 Nov in Tongatapu: the 25th has passed there; 01:30 on the 25th in Honolulu.
        assertRefusedFor("ana", new PlanDraft("P", pages(mlPage), TODAY.minusDays(1), TODAY, null), "interviewDate");
        long honolulu = planService.create("bob", new PlanDraft("P", pages(mlPage), TODAY.minusDays(1), TODAY, null));
        assertThat(planService.readiness("bob", honolulu))
                .get()
                .satisfies(r -> assertThat(r.curve()).hasSize(1));
    }

    @Test
    void readiness_moves_when_the_learner_reviews() {
        long id = planService.create("ana", draft("ML", pages(mlPage), TODAY.plusDays(14), null));
        PlanReadiness before = planService.readiness("ana", id).orElseThrow();
        assertThat(before.withoutReviews()).isZero();
        assertThat(before.followingPlan()).isGreaterThan(0.5);
        assertThat(before.curve()).hasSize(15);
        assertThat(before.curve().getFirst().day()).isEqualTo(TODAY);
        assertThat(before.medianMeasured()).isFalse();

        reviews.rate("ana", mlQuestions.getFirst(), Rating.GOOD, Duration.ofSeconds(12));
        reviews.rate("ana", mlQuestions.getFirst(), Rating.GOOD, Duration.ofSeconds(8));

        PlanReadiness after = planService.readiness("ana", id).orElseThrow();
        assertThat(after.withoutReviews()).isGreaterThan(0);
        assertThat(after.studied()).isEqualTo(1);
        assertThat(after.weakest()).extracting(QuestionReadiness::questionId).containsExactly(mlQuestions.getFirst());
        assertThat(after.medianAnswer()).isEqualTo(Duration.ofSeconds(10));
        assertThat(planService.readinessCurve("ana", id)).isEqualTo(after.curve());
    }

    @Test
    void a_deleted_account_takes_its_plans_with_it() {
        planService.create(
                "ana", draft("ML", new PlanScope(Set.of(mlPage), Set.of(deepSection), Set.of("ml")), null, 2));
        long kept = planService.create("bob", draft("Bob's", pages(mlPage), null, 2));

        accounts.deleteOwnAccount("ana", "ana", "a long password");

        assertThat(planService.plans("bob")).extracting(PlanSummary::id).containsExactly(kept);
    }

    @Test
    void scope_options_offer_pages_sections_with_questions_and_tags() {
        ScopeOptions options = planService.scopeOptions();

        assertThat(options.pages())
                .extracting(ScopeOptions.Option::label)
                .containsExactly("Machine learning", "Systems");
        assertThat(options.sections())
                .extracting(ScopeOptions.Option::label)
                .containsExactly("Machine learning › Basics", "Machine learning › Deep learning", "Systems › Design");
        assertThat(options.tags()).containsExactly("ml", "systems");
    }

    private void assertRefused(PlanDraft draft, String field, String words) {
        assertThatThrownBy(() -> planService.create("ana", draft))
                .isInstanceOfSatisfying(
                        InvalidPlanException.class,
                        e -> assertThat(e.errors())
                                .containsKey(field)
                                .extractingByKey(field)
                                .asString()
                                .contains(words));
    }

    private void assertRefusedFor(String username, PlanDraft draft, String field) {
        assertThatThrownBy(() -> planService.create(username, draft))
                .isInstanceOfSatisfying(
                        InvalidPlanException.class, e -> assertThat(e.errors()).containsKey(field));
        assertThat(planService.plans(username)).isEmpty();
    }
}
