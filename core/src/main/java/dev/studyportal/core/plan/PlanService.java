package dev.studyportal.core.plan;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.access.SignedIn;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.review.LearnerParameters;
import dev.studyportal.core.review.fsrs.FsrsScheduler;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's study plans: kept, paced, and forecast on their interview date. Each call acts for the
 * learner it names, on their own plans only ({@link OwnData}); another learner's plan is "no such plan".
 * Days are the learner's own, from midnight in their time zone.
 */
@Service
@Transactional
@OwnData
public class PlanService {

    /** How many of a learner's latest ratings give their median answer time. */
    static final int ANSWER_TIMES = 1000;
    /** The answer time assumed before a learner has rated anything. */
    static final Duration ASSUMED_ANSWER = Duration.ofSeconds(30);

    static final int MAXIMUM_BUDGET = 500;

    private final StudyPlanRepository plans;
    private final Learners accounts;
    private final EntityManager entityManager;
    private final Clock clock;

    PlanService(StudyPlanRepository plans, Learners accounts, EntityManager entityManager, Clock clock) {
        this.plans = plans;
        this.accounts = accounts;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> plans(String username) {
        UserAccount learner = accounts.requireByUsername(username);
        return plans.findAllOfLearner(learner.id()).stream()
                .map(plan -> summary(learner, plan))
                .toList();
    }

    /** @throws NoSuchPlanException when the learner has no plan with that id */
    @Transactional(readOnly = true)
    public PlanSummary plan(String username, long planId) {
        UserAccount learner = accounts.requireByUsername(username);
        return summary(learner, own(learner, planId));
    }

    /**
     * @return the new plan's id
     * @throws InvalidPlanException with a message per field that cannot be taken; nothing is saved then
     */
    public long create(String username, PlanDraft draft) {
        UserAccount learner = accounts.requireByUsername(username);
        check(draft, today(learner), null);
        return plans.save(new StudyPlan(learner, draft, clock.instant())).id();
    }

    /**
     * @throws InvalidPlanException with a message per field that cannot be taken; nothing is changed then
     * @throws NoSuchPlanException  when the learner has no plan with that id
     */
    public void update(String username, long planId, PlanDraft draft) {
        UserAccount learner = accounts.requireByUsername(username);
        StudyPlan plan = own(learner, planId);
        check(draft, today(learner), plan);
        plan.revise(draft);
    }

    /** Keeps the plan and its figures but takes it out of today's agenda. */
    public void archive(String username, long planId) {
        own(accounts.requireByUsername(username), planId).archive();
    }

    public void restore(String username, long planId) {
        own(accounts.requireByUsername(username), planId).restore();
    }

    /** Deletes the plan; the learner's reviews of its questions stay, as they belong to the questions. */
    public void delete(String username, long planId) {
        plans.delete(own(accounts.requireByUsername(username), planId));
    }

    /**
     * The readiness forecast for the plan's interview date (docs/adr/0007-readiness.md), read through one flat
     * query of the scope's cards. Empty when the plan has no date or the date has passed.
     *
     * @throws NoSuchPlanException when the learner has no plan with that id
     */
    @Transactional(readOnly = true)
    public Optional<PlanReadiness> readiness(String username, long planId) {
        UserAccount learner = accounts.requireByUsername(username);
        StudyPlan plan = own(learner, planId);
        LocalDate today = today(learner);
        LocalDate date = plan.getInterviewDate();
        if (date == null || date.isBefore(today)) {
            return Optional.empty();
        }
        StudyPreferences preferences = learner.getStudyPreferences();
        FsrsScheduler scheduler = scheduler(preferences);
        List<ScopeCard> cards = plans.findScopeCards(learner.id(), List.of(planId));
        int introducedToday = (int) plans.countIntroducedSince(learner.id(), List.of(planId), dayStart(learner, today));
        int fresh = (int) cards.stream().filter(card -> !card.isStudied()).count();
        PlanPace pace = pace(learner, plan, today, fresh + introducedToday);
        List<Long> durations = plans.findLatestDurations(learner.id(), Pageable.ofSize(ANSWER_TIMES));
        Duration median = durations.isEmpty() ? ASSUMED_ANSWER : Duration.ofMillis(median(durations));
        ReadinessCalculation calculation = new ReadinessCalculation(
                scheduler,
                preferences.timeZone(),
                clock.instant(),
                today,
                date,
                preferences.desiredRetention(),
                median);
        return Optional.of(
                calculation.compute(plan.id(), plan.getName(), cards, pace, introducedToday, !durations.isEmpty()));
    }

    /**
     * Plan readiness day by day from today to the interview date, for a chart; empty when the plan has no date
     * or it has passed.
     *
     * @throws NoSuchPlanException when the learner has no plan with that id
     */
    @Transactional(readOnly = true)
    public List<ReadinessPoint> readinessCurve(String username, long planId) {
        return readiness(username, planId).map(PlanReadiness::curve).orElse(List.of());
    }

    /** The pages, sections and tags a scope can name; the same for everyone signed in. */
    @SignedIn
    @Transactional(readOnly = true)
    public ScopeOptions scopeOptions() {
        List<ScopeOptions.Option> pages =
                entityManager.createQuery("""
                select new dev.studyportal.core.plan.ScopeOptions$Option(p.id, p.title) from Page p
                where p.retired = false and p.unlisted = false
                order by coalesce(p.sidebarPosition, 2147483647), p.title
                """, ScopeOptions.Option.class).getResultList();
        List<ScopeOptions.Option> sections =
                entityManager.createQuery("""
                select new dev.studyportal.core.plan.ScopeOptions$Option(s.id, concat(p.title, ' › ', s.title))
                from Section s join s.page p
                where s.retired = false and p.retired = false and p.unlisted = false
                  and exists (select q.id from Question q where q.section = s and q.retired = false)
                order by coalesce(p.sidebarPosition, 2147483647), p.title, s.position
                """, ScopeOptions.Option.class).getResultList();
        List<String> tags = entityManager.createQuery("""
                select distinct t from Page p join p.tags t where p.retired = false and p.unlisted = false order by t
                """, String.class).getResultList();
        return new ScopeOptions(pages, sections, tags);
    }

    /** Static, so that the queue's side can call it without passing this service's guard. */
    static PlanPace pace(UserAccount learner, StudyPlan plan, LocalDate today, int newLeftAtDayStart) {
        StudyPreferences preferences = learner.getStudyPreferences();
        int lead = ReadinessCalculation.leadDays(scheduler(preferences), preferences.timeZone(), today);
        return PlanPace.of(
                today,
                plan.getStartDate(),
                plan.getInterviewDate(),
                plan.getDailyNewBudget(),
                newLeftAtDayStart,
                lead,
                preferences.dailyNewLimit());
    }

    private PlanSummary summary(UserAccount learner, StudyPlan plan) {
        LocalDate today = today(learner);
        List<Long> ids = List.of(plan.id());
        long questions = plans.countQuestions(ids);
        long newLeft = plans.countNew(learner.id(), ids);
        int introducedToday = (int) plans.countIntroducedSince(learner.id(), ids, dayStart(learner, today));
        PlanPace pace = pace(learner, plan, today, (int) newLeft + introducedToday);
        return new PlanSummary(
                plan.id(),
                plan.getName(),
                plan.scope(),
                plan.getStartDate(),
                plan.getInterviewDate(),
                plan.getDailyNewBudget(),
                plan.isArchived(),
                questions,
                newLeft,
                pace.describe(today));
    }

    /** Checks a draft against today and the bank; every field that cannot be taken gets its message. */
    private void check(PlanDraft draft, LocalDate today, @Nullable StudyPlan existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "Give the plan a name.");
        } else if (name.length() > StudyPlan.NAME_LENGTH) {
            errors.put(
                    "name",
                    "Keep the name to %d characters or fewer; this one has %d."
                            .formatted(StudyPlan.NAME_LENGTH, name.length()));
        }
        if (draft.scope().isEmpty()) {
            errors.put("scope", "Choose at least one page, section or tag to study.");
        } else if (!knownScope(draft.scope())) {
            errors.put(
                    "scope", "Choose pages, sections and tags from the lists; one of them is no longer in the bank.");
        } else if (questionsIn(draft.scope()) == 0) {
            errors.put("scope", "These cover no questions; choose a page, section or tag with questions.");
        }
        LocalDate start = draft.startDate();
        LocalDate interview = draft.interviewDate();
        if (start == null) {
            errors.put("startDate", "Choose the day the plan starts.");
        }
        boolean dateChanged = existing == null || !Objects.equals(interview, existing.getInterviewDate());
        if (interview != null && dateChanged && interview.isBefore(today)) {
            errors.put("interviewDate", "That day has passed; choose today or a later day, or leave it empty.");
        } else if (interview != null && start != null && !interview.isAfter(start)) {
            errors.put("interviewDate", "The interview comes after the start; choose a later day or an earlier start.");
        }
        Integer budget = draft.dailyNewBudget();
        if (budget != null && budget < 1) {
            errors.put(
                    "dailyNewBudget",
                    "Choose at least 1 new question a day, or leave it empty to spread them up to the interview date.");
        } else if (budget != null && budget > MAXIMUM_BUDGET) {
            errors.put("dailyNewBudget", "Choose at most %d new questions a day.".formatted(MAXIMUM_BUDGET));
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
    }

    private boolean knownScope(PlanScope scope) {
        return count("select count(p) from Page p where p.retired = false and p.id in :ids", scope.pageIds())
                        == scope.pageIds().size()
                && count("select count(s) from Section s where s.retired = false and s.id in :ids", scope.sectionIds())
                        == scope.sectionIds().size()
                && count("select count(distinct t) from Page p join p.tags t where t in :ids", scope.tags())
                        == scope.tags().size();
    }

    private long count(String jpql, Collection<?> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return entityManager
                .createQuery(jpql, Long.class)
                .setParameter("ids", ids)
                .getSingleResult();
    }

    private long questionsIn(PlanScope scope) {
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!scope.sectionIds().isEmpty()) {
            any.add("s.id in :sections");
            parameters.put("sections", scope.sectionIds());
        }
        if (!scope.pageIds().isEmpty()) {
            any.add("p.id in :pages");
            parameters.put("pages", scope.pageIds());
        }
        if (!scope.tags().isEmpty()) {
            any.add("exists (select t from Page tp join tp.tags t where tp = p and t in :tags)");
            parameters.put("tags", scope.tags());
        }
        var query = entityManager.createQuery("""
                select count(q) from Question q join q.section s join s.page p
                where q.retired = false and p.unlisted = false and (%s)
                """.formatted(String.join(" or ", any)), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private StudyPlan own(UserAccount learner, long planId) {
        return plans.findOwn(learner.id(), planId).orElseThrow(() -> new NoSuchPlanException(planId));
    }

    private LocalDate today(UserAccount learner) {
        return clock.instant().atZone(learner.getStudyPreferences().timeZone()).toLocalDate();
    }

    private static Instant dayStart(UserAccount learner, LocalDate today) {
        ZoneId zone = learner.getStudyPreferences().timeZone();
        return today.atStartOfDay(zone).toInstant();
    }

    static FsrsScheduler scheduler(StudyPreferences preferences) {
        return new FsrsScheduler(LearnerParameters.of(preferences).withFuzzingEnabled(false));
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
