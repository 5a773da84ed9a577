package dev.studyportal.webapp.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.assignment.AssignmentDraft;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.assignment.ClassAnalyticsService;
import dev.studyportal.core.assignment.NoSuchAssignmentException;
import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.cohort.CohortMember;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.cohort.NoSuchCohortException;
import dev.studyportal.core.plan.NoSuchPlanException;
import dev.studyportal.core.questionset.QuestionSet;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every public method of assignments and class analytics, called by each kind of person a cohort has: its owner,
 * an instructor, a member, a member of another cohort, and an anonymous visitor. Each acts in their own name, so
 * the guard ({@code @OwnData}) lets all but the visitor in; what they may then do is CohortAccess's answer. "Refused"
 * here means the guard refused, or the cohort feature said no such cohort, no permission or no such assignment;
 * anything else (a field error, a plan of someone else's) means the call got through the cohort's check.
 * {@link ServiceAccessMatrixTest} places the same methods among the portal-wide callers.
 */
@PortalTest
class AssignmentAccessMatrixTest {

    static final String OWNER = "cohort-owner";
    static final String INSTRUCTOR = "cohort-teacher";
    static final String MEMBER = "cohort-member";
    static final String OUTSIDER = "cohort-outsider";

    enum Caller {
        COHORT_OWNER(OWNER),
        COHORT_INSTRUCTOR(INSTRUCTOR),
        COHORT_MEMBER(MEMBER),
        OTHER_COHORT_MEMBER(OUTSIDER),
        ANONYMOUS(null);

        final @Nullable String name;

        Caller(@Nullable String name) {
            this.name = name;
        }

        String actor() {
            return name == null ? OWNER : name;
        }
    }

    static final Set<Caller> TEACHERS = EnumSet.of(Caller.COHORT_OWNER, Caller.COHORT_INSTRUCTOR);
    static final Set<Caller> IN_THE_COHORT =
            EnumSet.of(Caller.COHORT_OWNER, Caller.COHORT_INSTRUCTOR, Caller.COHORT_MEMBER);

    @FunctionalInterface
    interface Call {
        @Nullable
        Object make(String actor, long assignmentId) throws Exception;
    }

    record Entry(Set<Caller> allowed, Call call) {}

    @Autowired
    AccountService accounts;

    @Autowired
    Learners accountRepository;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClassAnalyticsService analytics;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    long cohort;
    long set;

    @BeforeEach
    void aCohortWithAnOwnerAnInstructorAMemberAndAnOutsiderInAnother() {
        Stream.of(OWNER, INSTRUCTOR, MEMBER, OUTSIDER).forEach(name -> TestLearners.ensure(accounts, name));
        long questionId = jdbc.queryForObject("SELECT MIN(id) FROM question WHERE retired = FALSE", Long.class);
        transaction.executeWithoutResult(status -> {
            Cohort ours = new Cohort("Access cohort", null, ZoneId.of("UTC"), clock.instant());
            Cohort theirs = new Cohort("Another cohort", null, ZoneId.of("UTC"), clock.instant());
            entityManager.persist(ours);
            entityManager.persist(theirs);
            entityManager.persist(new CohortMember(ours, person(OWNER), CohortRole.OWNER, clock.instant()));
            entityManager.persist(new CohortMember(ours, person(INSTRUCTOR), CohortRole.INSTRUCTOR, clock.instant()));
            entityManager.persist(new CohortMember(ours, person(MEMBER), CohortRole.MEMBER, clock.instant()));
            entityManager.persist(new CohortMember(theirs, person(OUTSIDER), CohortRole.OWNER, clock.instant()));
            QuestionSet questionSet = new QuestionSet(person(OWNER), "Access set", null, clock.instant());
            questionSet.arrange(List.of(questionId));
            entityManager.persist(questionSet);
            cohort = ours.id();
            set = questionSet.id();
        });
    }

    private UserAccount person(String username) {
        return accountRepository.requireByUsername(username);
    }

    private long freshAssignment() {
        return TestLearners.asLearner(
                OWNER,
                () -> assignments.assign(
                        OWNER,
                        cohort,
                        new AssignmentDraft(
                                set,
                                LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC"))
                                        .plusDays(7),
                                null)));
    }

    Map<String, Entry> matrix() {
        Map<String, Entry> matrix = new LinkedHashMap<>();
        LocalDate farAhead =
                LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC")).plusDays(30);
        matrix.put(
                "AssignmentService.assignments",
                new Entry(IN_THE_COHORT, (actor, id) -> assignments.assignments(actor, cohort)));
        matrix.put(
                "AssignmentService.assignableSets",
                new Entry(TEACHERS, (actor, id) -> assignments.assignableSets(actor, cohort)));
        matrix.put(
                "AssignmentService.assign",
                new Entry(
                        TEACHERS,
                        (actor, id) -> assignments.assign(actor, cohort, new AssignmentDraft(null, null, null))));
        matrix.put("AssignmentService.extend", new Entry(TEACHERS, (actor, id) -> {
            assignments.extend(actor, cohort, id, farAhead);
            return null;
        }));
        matrix.put("AssignmentService.withdraw", new Entry(TEACHERS, (actor, id) -> {
            assignments.withdraw(actor, cohort, id);
            return null;
        }));
        // Someone outside the cohort is told there is no such assignment; a member gets as far as their plans.
        matrix.put("AssignmentService.addToPlan", new Entry(IN_THE_COHORT, (actor, id) -> {
            assignments.addToPlan(actor, id, -1);
            return null;
        }));
        // What only ever touches the caller's own things: everyone signed in gets through.
        Set<Caller> signedIn = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
        matrix.put("AssignmentService.mine", new Entry(signedIn, (actor, id) -> assignments.mine(actor)));
        matrix.put("AssignmentService.removeFromPlan", new Entry(signedIn, (actor, id) -> {
            assignments.removeFromPlan(actor, id, -1);
            return null;
        }));
        matrix.put(
                "ClassAnalyticsService.analytics",
                new Entry(TEACHERS, (actor, id) -> analytics.analytics(actor, cohort, id)));
        matrix.put(
                "ClassAnalyticsService.matrix",
                new Entry(TEACHERS, (actor, id) -> analytics.matrix(actor, cohort, id, 0, 10)));
        matrix.put(
                "ClassAnalyticsService.countMembers",
                new Entry(TEACHERS, (actor, id) -> analytics.countMembers(actor, cohort, id)));
        matrix.put(
                "ClassAnalyticsService.matrixCsv",
                new Entry(TEACHERS, (actor, id) -> analytics.matrixCsv(actor, cohort, id)));
        matrix.put(
                "ClassAnalyticsService.ownProgress",
                new Entry(IN_THE_COHORT, (actor, id) -> analytics.ownProgress(actor, cohort, id)));
        matrix.put(
                "ClassAnalyticsService.teaches",
                new Entry(IN_THE_COHORT, (actor, id) -> analytics.teaches(actor, cohort)));
        return matrix;
    }

    @Test
    void a_member_of_another_cohort_cannot_reach_the_assignment_through_their_own_cohort_either() {
        long id = freshAssignment();
        long theirs = jdbc.queryForObject(
                "SELECT MAX(cohort_id) FROM cohort_member cm JOIN user_account u"
                        + " ON u.id = cm.user_account_id WHERE u.username = ?",
                Long.class,
                OUTSIDER);

        assertThat(refusalAs(
                        Caller.OTHER_COHORT_MEMBER, (actor, ignored) -> analytics.analytics(actor, theirs, id), id))
                .isInstanceOf(NoSuchAssignmentException.class);
        assertThat(refusalAs(
                        Caller.OTHER_COHORT_MEMBER,
                        (actor, ignored) -> {
                            assignments.withdraw(actor, theirs, id);
                            return null;
                        },
                        id))
                .isInstanceOf(NoSuchAssignmentException.class);
        assertThat(TestLearners.asLearner(MEMBER, () -> assignments.mine(MEMBER)))
                .extracting(mine -> mine.id())
                .contains(id);
        assertThat(TestLearners.asLearner(OUTSIDER, () -> assignments.mine(OUTSIDER)))
                .extracting(mine -> mine.id())
                .doesNotContain(id);
    }

    @TestFactory
    Stream<DynamicContainer> each_cohort_role_gets_through_exactly_where_the_matrix_says() {
        return matrix().entrySet().stream()
                .map(entry -> DynamicContainer.dynamicContainer(
                        entry.getKey(),
                        Arrays.stream(Caller.values())
                                .map(caller -> DynamicTest.dynamicTest(caller.name(), () -> {
                                    long id = freshAssignment();
                                    Throwable refusal =
                                            refusalAs(caller, entry.getValue().call(), id);
                                    if (entry.getValue().allowed().contains(caller)) {
                                        assertThat(refusal)
                                                .as("%s must get through to %s", caller, entry.getKey())
                                                .isNull();
                                    } else {
                                        assertThat(refusal)
                                                .as("%s must be refused by %s", caller, entry.getKey())
                                                .isNotNull();
                                    }
                                }))));
    }

    private static @Nullable Throwable refusalAs(Caller caller, Call call, long assignmentId) {
        SecurityContextHolderStrategy holder = TestLearners.securityContextHolder();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(
                caller.name == null
                        ? new AnonymousAuthenticationToken(
                                "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                        : UsernamePasswordAuthenticationToken.authenticated(
                                caller.name, null, AuthorityUtils.createAuthorityList("ROLE_LEARNER")));
        holder.setContext(context);
        try {
            call.make(caller.actor(), assignmentId);
            return null;
        } catch (Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof AccessDeniedException
                        || cause instanceof AuthenticationCredentialsNotFoundException
                        || cause instanceof NoSuchCohortException
                        || cause instanceof CohortPermissionException
                        || cause instanceof NoSuchAssignmentException) {
                    return cause;
                }
                if (cause instanceof NoSuchPlanException) {
                    return null;
                }
            }
            return null;
        } finally {
            holder.clearContext();
        }
    }
}
