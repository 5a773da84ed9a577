package dev.studyportal.webapp.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountAdministration;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Appearance;
import dev.studyportal.core.account.CohortCreationPolicy;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.LoginLockouts;
import dev.studyportal.core.account.PasswordPolicy;
import dev.studyportal.core.account.PasswordResets;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignInStamp;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.account.SignUpPolicy;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.account.TwoStepSetup;
import dev.studyportal.core.account.TwoStepSignIn;
import dev.studyportal.core.assignment.AssignmentDraft;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.assignment.ClassAnalyticsService;
import dev.studyportal.core.cohort.ActivityKind;
import dev.studyportal.core.cohort.CohortAccess;
import dev.studyportal.core.cohort.CohortActivity;
import dev.studyportal.core.cohort.CohortBoard;
import dev.studyportal.core.cohort.CohortDraft;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.InviteDraft;
import dev.studyportal.core.cohort.NoSuchCohortException;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.content.Questions;
import dev.studyportal.core.dashboard.DashboardService;
import dev.studyportal.core.importhistory.ImportHistory;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.library.LibraryService;
import dev.studyportal.core.note.NoteService;
import dev.studyportal.core.note.SharedNoteService;
import dev.studyportal.core.plan.PlanAssignments;
import dev.studyportal.core.plan.PlanDraft;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.PlanSummary;
import dev.studyportal.core.privacy.PersonalDataExport;
import dev.studyportal.core.questionset.QuestionSetDraft;
import dev.studyportal.core.questionset.QuestionSetService;
import dev.studyportal.core.questionset.QuestionSetUsage;
import dev.studyportal.core.questionset.QuestionSets;
import dev.studyportal.core.review.PlanScopes;
import dev.studyportal.core.review.QueueScope;
import dev.studyportal.core.review.ReviewReplay;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.StudyCard;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestCohorts;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.cohort.ui.CohortSection;
import dev.studyportal.webapp.content.ContentSync;
import dev.studyportal.webapp.content.UploadTarget;
import dev.studyportal.webapp.security.PortalItself;
import dev.studyportal.webapp.security.ResetLinkRequests;
import dev.studyportal.webapp.security.SignUpAttempts;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Every public method of the portal's services that takes a person's name or an id, called by each kind
 * of caller. Who gets through is written down here, not read from the annotations: a method guarded too
 * generously fails, so does one guarded too tightly, and a new method fails until it is placed in the
 * matrix. The methods are found in the running portal: every bean whose class is in
 * {@code dev.studyportal} and annotated {@code @Service} or {@code @Component}.
 * <p>
 * The services name a person {@code username} (whose data; also {@code usernameOrEmail} and the like) or
 * {@code admin} (who acts, for the record), and ids {@code id} or {@code …Id}, as parameters or as
 * components of a record parameter; that is how a method is recognised as taking a name or an id.
 * <p>
 * "Got through" means the method ran: it returned, or refused for a reason of its own (a wrong password,
 * a rule about administrators). The guard refuses with an {@link AccessDeniedException}, or with an
 * {@link AuthenticationCredentialsNotFoundException} when nobody at all is signed in. Calls that get
 * through are chosen to change nothing that matters: a wrong current password, a role set that is empty,
 * a dry run.
 * <p>
 * Cohorts add callers who belong to one: its owner, an instructor, a member, and the owner of another
 * cohort. There a refusal may also come from {@link dev.studyportal.core.cohort.CohortAccess}, asked against
 * the database inside the method: {@link NoSuchCohortException} for someone outside the cohort,
 * {@link CohortPermissionException} for a role that does not allow it. Cohort methods are called in the
 * caller's own name, so that only the cohort decides.
 */
@PortalTest
class ServiceAccessMatrixTest {

    /** Learner A, whose data everybody else reaches for. */
    static final String OWNER = "matrix-owner";

    static final String OTHER_LEARNER = "matrix-other";
    static final String INSTRUCTOR = "matrix-teacher";
    static final String ADMIN = "matrix-root";
    static final String SECOND_ADMIN = "matrix-root-two";
    static final String COHORT_OWNER = "matrix-cohort-owner";
    static final String COHORT_INSTRUCTOR = "matrix-cohort-teacher";
    static final String COHORT_MEMBER = "matrix-cohort-member";
    /** Owns a cohort of their own, and is in no other. */
    static final String ELSEWHERE = "matrix-elsewhere";

    /** Who calls, and the name they give where a method asks who is acting. */
    enum Caller {
        /** A visitor who has not logged in, claiming to be an administrator where a method asks who acts. */
        ANONYMOUS(null, ADMIN),
        /** No security context at all, as on a thread the portal starts itself. */
        NOBODY(null, ADMIN),
        OWNER_OF_THE_DATA(OWNER, OWNER, Role.LEARNER),
        ANOTHER_LEARNER(OTHER_LEARNER, OTHER_LEARNER, Role.LEARNER),
        AN_INSTRUCTOR(INSTRUCTOR, INSTRUCTOR, Role.LEARNER, Role.INSTRUCTOR),
        AN_ADMIN(ADMIN, ADMIN, Role.LEARNER, Role.ADMIN),
        /** An administrator who gives another administrator's name as the one acting. */
        AN_ADMIN_IN_ANOTHERS_NAME(SECOND_ADMIN, ADMIN, Role.LEARNER, Role.ADMIN),
        /** Roles in "Matrix cohort"; portal-wide they are learners, as a role in a cohort is that cohort's alone. */
        OWNER_OF_THE_COHORT(COHORT_OWNER, COHORT_OWNER, Role.LEARNER),
        INSTRUCTOR_IN_THE_COHORT(COHORT_INSTRUCTOR, COHORT_INSTRUCTOR, Role.LEARNER),
        MEMBER_OF_THE_COHORT(COHORT_MEMBER, COHORT_MEMBER, Role.LEARNER),
        /** The owner of another cohort, reaching for "Matrix cohort" by its id. */
        MEMBER_OF_ANOTHER_COHORT(ELSEWHERE, ELSEWHERE, Role.LEARNER);

        final @Nullable String signedInAs;
        final String actor;
        final Set<Role> roles;

        Caller(@Nullable String signedInAs, String actor, Role... roles) {
            this.signedInAs = signedInAs;
            this.actor = actor;
            this.roles = roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
        }

        @Nullable
        Authentication authentication() {
            if (this == NOBODY) {
                return null;
            }
            if (signedInAs == null) {
                return new AnonymousAuthenticationToken(
                        "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            }
            return UsernamePasswordAuthenticationToken.authenticated(
                    signedInAs,
                    null,
                    AuthorityUtils.createAuthorityList(
                            roles.stream().map(role -> "ROLE_" + role.name()).toList()));
        }
    }

    static final Set<Caller> ANYONE = EnumSet.allOf(Caller.class);
    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.NOBODY));
    static final Set<Caller> THE_OWNER = EnumSet.of(Caller.OWNER_OF_THE_DATA);
    static final Set<Caller> ADMINS = EnumSet.of(Caller.AN_ADMIN, Caller.AN_ADMIN_IN_ANOTHERS_NAME);
    static final Set<Caller> AN_ADMIN_IN_THEIR_OWN_NAME = EnumSet.of(Caller.AN_ADMIN);
    /** Everyone signed in who acts in their own name. */
    static final Set<Caller> IN_THEIR_OWN_NAME =
            EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.NOBODY, Caller.AN_ADMIN_IN_ANOTHERS_NAME));

    static final Set<Caller> IN_THE_COHORT =
            EnumSet.of(Caller.OWNER_OF_THE_COHORT, Caller.INSTRUCTOR_IN_THE_COHORT, Caller.MEMBER_OF_THE_COHORT);
    static final Set<Caller> TEACHING_THE_COHORT =
            EnumSet.of(Caller.OWNER_OF_THE_COHORT, Caller.INSTRUCTOR_IN_THE_COHORT);
    static final Set<Caller> OWNING_THE_COHORT = EnumSet.of(Caller.OWNER_OF_THE_COHORT);

    /** One call of a method, made by a caller who names {@code actor} as themselves where it asks. */
    @FunctionalInterface
    interface Call {
        @Nullable
        Object make(String actor) throws Exception;
    }

    record Entry(Set<Caller> allowed, Call call) {}

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    SignUpPolicy signUpPolicy;

    @Autowired
    LoginLockouts lockouts;

    @Autowired
    PasswordPolicy passwordPolicy;

    @Autowired
    UserDetailsService users;

    @Autowired
    ContentService content;

    @Autowired
    ImportHistory importHistory;

    @Autowired
    Learners learners;

    @Autowired
    Questions questions;

    @Autowired
    LibraryService library;

    @Autowired
    NoteService notes;

    @Autowired
    PersonalDataExport export;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewReplay replay;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ContentSync sync;

    @Autowired
    PasswordResets passwordResets;

    @Autowired
    PortalItself portal;

    @Autowired
    SignUpAttempts signUps;

    @Autowired
    ResetLinkRequests resetLinkRequests;

    @Autowired
    PlanService plans;

    @Autowired
    CohortService cohorts;

    @Autowired
    CohortCreationPolicy cohortCreation;

    @Autowired
    CohortAccess cohortAccess;

    @Autowired
    CohortActivity cohortActivity;

    @Autowired
    QuestionSetService questionSets;

    @Autowired
    SharedNoteService sharedNotes;

    @Autowired
    QuestionSets setLookup;

    @Autowired
    PlanScopes planScopes;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClassAnalyticsService classAnalytics;

    @Autowired
    PlanAssignments planAssignments;

    @Autowired
    Clock clock;

    @Autowired
    CohortSection assignmentsSection;

    @Autowired
    QuestionSetUsage assignedSets;

    @Autowired
    Learners accountRepository;

    long questionId;
    long ownerId;
    long ownersPlan;
    StudyCard shownToTheOwner;
    long cohortId;

    @BeforeEach
    void learnersAnInstructorAndTwoAdmins() {
        Stream.of(OWNER, OTHER_LEARNER, INSTRUCTOR, ADMIN, SECOND_ADMIN)
                .forEach(name -> TestLearners.ensure(accounts, name));
        questionId = jdbc.queryForObject("SELECT MIN(id) FROM question WHERE retired = FALSE", Long.class);
        ownerId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, OWNER);
        shownToTheOwner =
                TestLearners.asLearner(OWNER, () -> reviews.next(OWNER).orElseThrow());
        long pageId =
                jdbc.queryForObject("SELECT MIN(id) FROM page WHERE retired = FALSE AND unlisted = FALSE", Long.class);
        // Archived, so that the owner's queue stays the whole bank's for the other calls.
        ownersPlan = TestLearners.asLearner(
                OWNER,
                () -> plans.plans(OWNER).stream()
                        .findFirst()
                        .map(PlanSummary::id)
                        .orElseGet(() -> {
                            long id = plans.create(
                                    OWNER,
                                    new PlanDraft(
                                            "Matrix plan",
                                            new PlanScope(Set.of(pageId), Set.of(), Set.of()),
                                            LocalDate.now(),
                                            null,
                                            1));
                            plans.archive(OWNER, id);
                            return id;
                        }));
        cohortId = matrixCohort();
        TestCohorts.ensure(cohorts, accounts, ELSEWHERE, "Elsewhere", Map.of());
    }

    /** "Matrix cohort" with its owner, an instructor and a member, put back as it was whenever a call changed it. */
    long matrixCohort() {
        return TestCohorts.ensure(
                cohorts,
                accounts,
                COHORT_OWNER,
                "Matrix cohort",
                Map.of(COHORT_INSTRUCTOR, CohortRole.INSTRUCTOR, COHORT_MEMBER, CohortRole.MEMBER));
    }

    /** Method → who may call it, and how the test calls it. Keys as {@link #key(Method)} writes them. */
    Map<String, Entry> matrix() {
        Map<String, Entry> matrix = new LinkedHashMap<>();
        // Sign-up and login: nobody is signed in yet when they call.
        matrix.put(
                "AccountService.signUp(SignUp)",
                new Entry(
                        ANYONE,
                        actor -> accounts.signUp(new SignUp("x", "Too short a name", null, TestLearners.PASSWORD))));
        matrix.put(
                "AccountService.signUp(SignUp,String)",
                new Entry(
                        ANYONE,
                        actor -> accounts.signUp(
                                new SignUp("x", "Too short a name", null, TestLearners.PASSWORD), null)));
        // The demo's plans are made in learner1's name at start-up; no caller with a context may borrow a name.
        matrix.put("PortalItself.actAsLearner(String,Runnable)", new Entry(EnumSet.of(Caller.NOBODY), actor -> {
            portal.actAsLearner(OWNER, () -> {});
            return null;
        }));
        matrix.put(
                "SignUpAttempts.signUp(SignUp,String,String)",
                new Entry(
                        ANYONE,
                        actor -> signUps.signUp(
                                new SignUp("x", "Too short a name", null, TestLearners.PASSWORD), null, "10.99.0.2")));
        matrix.put("AccountService.findForLogin(String)", new Entry(ANYONE, actor -> accounts.findForLogin(OWNER)));
        matrix.put("AccountService.upgradePasswordHash(String,String,String)", new Entry(ANYONE, actor -> {
            accounts.upgradePasswordHash(OWNER, "{bcrypt}not the stored hash", "{bcrypt}chosen by the caller");
            return null;
        }));
        matrix.put(
                "AccountService.isCurrent(SignInStamp)",
                new Entry(ANYONE, actor -> accounts.isCurrent(new SignInStamp(ownerId, 0))));
        matrix.put(
                "AccountUserDetailsService.loadUserByUsername(String)",
                new Entry(ANYONE, actor -> users.loadUserByUsername(OWNER)));
        matrix.put("LoginLockouts.lockedFor(String)", new Entry(ANYONE, actor -> lockouts.lockedFor(OWNER)));
        matrix.put("LoginLockouts.recordFailure(String)", new Entry(ANYONE, actor -> lockouts.recordFailure(OWNER)));
        matrix.put("LoginLockouts.recordSuccess(String)", new Entry(ANYONE, actor -> {
            lockouts.recordSuccess(OWNER);
            return null;
        }));
        // The forgotten password: whoever asks gets the same answer, and the link goes to the owner's mailbox.
        matrix.put("PasswordResets.request(String)", new Entry(ANYONE, actor -> {
            passwordResets.request("matrix-nobody-of-that-name");
            return null;
        }));
        matrix.put(
                "ResetLinkRequests.submit(String,String)",
                new Entry(ANYONE, actor -> resetLinkRequests.submit("matrix-nobody-of-that-name", "10.99.0.1")));
        matrix.put("PasswordPolicy.check(String,String)", new Entry(ANYONE, actor -> {
            passwordPolicy.check("a long matrix password", OWNER);
            return null;
        }));

        // A person's own account.
        matrix.put("TwoStepSignIn.isOn(String)", new Entry(THE_OWNER, actor -> twoStep.isOn(OWNER)));
        matrix.put("TwoStepSignIn.newSetup(String)", new Entry(THE_OWNER, actor -> twoStep.newSetup(OWNER)));
        matrix.put("TwoStepSignIn.turnOn(String,TwoStepSetup,String)", new Entry(THE_OWNER, actor -> {
            twoStep.turnOn(OWNER, new TwoStepSetup(OWNER, "MZXW6YTBOI"), "000000");
            return null;
        }));
        matrix.put("TwoStepSignIn.turnOff(String,String)", new Entry(THE_OWNER, actor -> {
            twoStep.turnOff(OWNER, "not the current password");
            return null;
        }));
        // The login asks after the password, before anyone is signed in; a wrong code counts as a failed login.
        matrix.put("TwoStepSignIn.passes(String,String)", new Entry(ANYONE, actor -> twoStep.passes(OWNER, "000000")));
        matrix.put("AccountService.changePassword(String,String,String)", new Entry(THE_OWNER, actor -> {
            accounts.changePassword(OWNER, "not the current password", "a brand new matrix password");
            return null;
        }));
        matrix.put("AccountService.deleteOwnAccount(String,String,String)", new Entry(THE_OWNER, actor -> {
            accounts.deleteOwnAccount(OWNER, "not the username", "not the password");
            return null;
        }));
        matrix.put(
                "AccountService.findByUsername(String)", new Entry(THE_OWNER, actor -> accounts.findByUsername(OWNER)));
        matrix.put("AccountService.preferences(String)", new Entry(THE_OWNER, actor -> accounts.preferences(OWNER)));
        matrix.put("AccountService.updatePreferences(String,StudyPreferences)", new Entry(THE_OWNER, actor -> {
            accounts.updatePreferences(OWNER, StudyPreferences.DEFAULTS);
            return null;
        }));

        matrix.put("AccountService.appearance(String)", new Entry(THE_OWNER, actor -> accounts.appearance(OWNER)));
        matrix.put("AccountService.changeAppearance(String,Appearance)", new Entry(THE_OWNER, actor -> {
            accounts.changeAppearance(OWNER, Appearance.SYSTEM);
            return null;
        }));

        // A learner's own study: cards, reviews, notes, library, their data to take away.
        matrix.put("DashboardService.dashboard(String)", new Entry(THE_OWNER, actor -> dashboards.dashboard(OWNER)));
        matrix.put("ReviewService.agenda(String)", new Entry(THE_OWNER, actor -> reviews.agenda(OWNER)));
        matrix.put("ReviewService.next(String)", new Entry(THE_OWNER, actor -> reviews.next(OWNER)));
        matrix.put("ReviewService.rate(String,long,Rating,Duration)", new Entry(THE_OWNER, actor -> {
            reviews.rate(OWNER, questionId, Rating.GOOD, Duration.ofSeconds(2));
            return null;
        }));
        matrix.put("ReviewService.rate(String,StudyCard,Rating,Duration)", new Entry(THE_OWNER, actor -> {
            reviews.rate(OWNER, shownToTheOwner, Rating.GOOD, Duration.ofSeconds(2));
            return null;
        }));
        matrix.put(
                "ReviewService.rate(String,StudyCard,Rating,Duration,QueueScope)",
                new Entry(
                        THE_OWNER,
                        actor -> reviews.rate(
                                OWNER, shownToTheOwner, Rating.GOOD, Duration.ofSeconds(2), QueueScope.WHOLE_QUEUE)));
        matrix.put("ReviewService.undoLast(String)", new Entry(THE_OWNER, actor -> reviews.undoLast(OWNER)));
        matrix.put("ReviewService.card(String,long)", new Entry(THE_OWNER, actor -> reviews.card(OWNER, questionId)));
        matrix.put("ReviewService.timeZone(String)", new Entry(THE_OWNER, actor -> reviews.timeZone(OWNER)));
        matrix.put(
                "ReviewService.toggleBookmark(String,long)",
                new Entry(THE_OWNER, actor -> reviews.toggleBookmark(OWNER, questionId)));
        matrix.put(
                "ReviewService.agenda(String,long)", new Entry(THE_OWNER, actor -> reviews.agenda(OWNER, ownersPlan)));
        matrix.put("ReviewService.next(String,long)", new Entry(THE_OWNER, actor -> reviews.next(OWNER, ownersPlan)));
        matrix.put("PlanService.plans(String)", new Entry(THE_OWNER, actor -> plans.plans(OWNER)));
        matrix.put("PlanService.plan(String,long)", new Entry(THE_OWNER, actor -> plans.plan(OWNER, ownersPlan)));
        matrix.put(
                "PlanService.create(String,PlanDraft)",
                new Entry(THE_OWNER, actor -> plans.create(OWNER, new PlanDraft("", PlanScope.EMPTY, null, null, 0))));
        matrix.put("PlanService.update(String,long,PlanDraft)", new Entry(THE_OWNER, actor -> {
            plans.update(OWNER, ownersPlan, new PlanDraft("", PlanScope.EMPTY, null, null, 0));
            return null;
        }));
        matrix.put("PlanService.archive(String,long)", new Entry(THE_OWNER, actor -> {
            plans.archive(OWNER, -1);
            return null;
        }));
        matrix.put("PlanService.restore(String,long)", new Entry(THE_OWNER, actor -> {
            plans.restore(OWNER, -1);
            return null;
        }));
        matrix.put("PlanService.delete(String,long)", new Entry(THE_OWNER, actor -> {
            plans.delete(OWNER, -1);
            return null;
        }));
        matrix.put(
                "PlanService.readiness(String,long)",
                new Entry(THE_OWNER, actor -> plans.readiness(OWNER, ownersPlan)));
        matrix.put(
                "PlanService.readinessCurve(String,long)",
                new Entry(THE_OWNER, actor -> plans.readinessCurve(OWNER, ownersPlan)));
        // The plans' side of the queue, reached only from inside the queue's own guarded calls.
        matrix.put(
                "PlanQueue.activePlans(long,LocalDate,Instant)",
                new Entry(SIGNED_IN, actor -> planScopes.activePlans(ownerId, LocalDate.now(), Instant.now())));
        matrix.put(
                "PlanQueue.countDue(long,Collection,Instant)",
                new Entry(SIGNED_IN, actor -> planScopes.countDue(ownerId, List.of(ownersPlan), Instant.now())));
        matrix.put(
                "PlanQueue.findDue(long,Collection,Instant,Pageable)",
                new Entry(
                        SIGNED_IN,
                        actor ->
                                planScopes.findDue(ownerId, List.of(ownersPlan), Instant.now(), PageRequest.of(0, 1))));
        matrix.put(
                "PlanQueue.countNew(long,Collection)",
                new Entry(SIGNED_IN, actor -> planScopes.countNew(ownerId, List.of(ownersPlan))));
        matrix.put(
                "PlanQueue.newToday(long,List,int)",
                new Entry(SIGNED_IN, actor -> planScopes.newToday(ownerId, List.of(), 0)));
        matrix.put(
                "PlanQueue.firstNew(long,long)",
                new Entry(SIGNED_IN, actor -> planScopes.firstNew(ownerId, ownersPlan)));
        matrix.put("NoteService.note(String,long)", new Entry(THE_OWNER, actor -> notes.note(OWNER, questionId)));
        matrix.put(
                "NoteService.save(String,long,String)",
                new Entry(THE_OWNER, actor -> notes.save(OWNER, questionId, "The owner's own note.")));
        // Question sets are their author's alone; the calls that get through refuse for a reason of their own
        // (no such set, an empty name, nothing to add), so that the matrix changes nothing.
        matrix.put("QuestionSetService.sets(String)", new Entry(THE_OWNER, actor -> questionSets.sets(OWNER)));
        matrix.put("QuestionSetService.set(String,long)", new Entry(THE_OWNER, actor -> questionSets.set(OWNER, 0)));
        matrix.put(
                "QuestionSetService.questions(String,long)",
                new Entry(THE_OWNER, actor -> questionSets.questions(OWNER, 0)));
        matrix.put(
                "QuestionSetService.create(String,QuestionSetDraft)",
                new Entry(THE_OWNER, actor -> questionSets.create(OWNER, new QuestionSetDraft(" ", null))));
        matrix.put("QuestionSetService.describe(String,long,QuestionSetDraft)", new Entry(THE_OWNER, actor -> {
            questionSets.describe(OWNER, 0, new QuestionSetDraft("Renamed", null));
            return null;
        }));
        matrix.put("QuestionSetService.delete(String,long)", new Entry(THE_OWNER, actor -> {
            questionSets.delete(OWNER, 0);
            return null;
        }));
        matrix.put(
                "QuestionSetService.add(String,long,Collection)",
                new Entry(THE_OWNER, actor -> questionSets.add(OWNER, 0, List.of(questionId))));
        matrix.put(
                "QuestionSetService.addFound(String,long,LibraryFilter)",
                new Entry(THE_OWNER, actor -> questionSets.addFound(OWNER, 0, LibraryFilter.all())));
        matrix.put(
                "QuestionSetService.remove(String,long,long)",
                new Entry(THE_OWNER, actor -> questionSets.remove(OWNER, 0, questionId)));
        matrix.put("QuestionSetService.move(String,long,long,int)", new Entry(THE_OWNER, actor -> {
            questionSets.move(OWNER, 0, questionId, 0);
            return null;
        }));
        // Not guards themselves but asked by guarded services inside their transactions (MANDATORY): called from
        // outside one they refuse everybody alike, and never answer.
        // Shared notes: what the learner's cohorts share with them is theirs to read, in their own name
        // (SharedNotesAcrossCohortsTest covers which cohorts' notes reach whom).
        matrix.put(
                "SharedNoteService.sharedWith(String,long)",
                new Entry(THE_OWNER, actor -> sharedNotes.sharedWith(OWNER, questionId)));
        matrix.put(
                "SharedNoteService.sharing(String,long)",
                new Entry(THE_OWNER, actor -> sharedNotes.sharing(OWNER, questionId)));
        // Sharing with a cohort and withdrawing are for its members, each in their own name; a member without
        // a note gets through to be told there is nothing to share.
        matrix.put("SharedNoteService.share(String,long,long)", new Entry(IN_THE_COHORT, actor -> {
            sharedNotes.share(actor, questionId, cohortId);
            return null;
        }));
        matrix.put(
                "SharedNoteService.withdraw(String,long,long)",
                new Entry(IN_THE_COHORT, actor -> sharedNotes.withdraw(actor, questionId, cohortId)));
        matrix.put(
                "LibraryService.find(String,LibraryFilter,Pageable)",
                new Entry(THE_OWNER, actor -> library.find(OWNER, LibraryFilter.all(), PageRequest.of(0, 5))));
        matrix.put(
                "LibraryService.count(String,LibraryFilter)",
                new Entry(THE_OWNER, actor -> library.count(OWNER, LibraryFilter.all())));
        matrix.put("PersonalDataExport.collect(String)", new Entry(THE_OWNER, actor -> export.collect(OWNER)));
        matrix.put("PersonalDataExport.json(String)", new Entry(THE_OWNER, actor -> export.json(OWNER)));
        matrix.put("PersonalDataExport.csvZip(String)", new Entry(THE_OWNER, actor -> export.csvZip(OWNER)));

        // Assignments and class analytics, in one's own name, on the matrix's cohort: members read, teachers assign
        // and read the class's figures; who may is CohortAccess's answer (AssignmentAccessMatrixTest has more).
        // Teachers get through to be told there is no assignment -1, or that an empty draft cannot be taken.
        matrix.put(
                "AssignmentService.assignments(String,long)",
                new Entry(IN_THE_COHORT, actor -> assignments.assignments(actor, cohortId)));
        matrix.put(
                "AssignmentService.assignableSets(String,long)",
                new Entry(TEACHING_THE_COHORT, actor -> assignments.assignableSets(actor, cohortId)));
        matrix.put(
                "AssignmentService.assign(String,long,AssignmentDraft)",
                new Entry(
                        TEACHING_THE_COHORT,
                        actor -> assignments.assign(actor, cohortId, new AssignmentDraft(null, null, null))));
        matrix.put("AssignmentService.extend(String,long,long,LocalDate)", new Entry(TEACHING_THE_COHORT, actor -> {
            assignments.extend(actor, cohortId, -1, LocalDate.now(clock));
            return null;
        }));
        matrix.put("AssignmentService.withdraw(String,long,long)", new Entry(TEACHING_THE_COHORT, actor -> {
            assignments.withdraw(actor, cohortId, -1);
            return null;
        }));
        matrix.put("AssignmentService.mine(String)", new Entry(THE_OWNER, actor -> assignments.mine(OWNER)));
        matrix.put("AssignmentService.addToPlan(String,long,long)", new Entry(THE_OWNER, actor -> {
            assignments.addToPlan(OWNER, -1, ownersPlan);
            return null;
        }));
        matrix.put("AssignmentService.removeFromPlan(String,long,long)", new Entry(THE_OWNER, actor -> {
            assignments.removeFromPlan(OWNER, -1, ownersPlan);
            return null;
        }));
        matrix.put(
                "ClassAnalyticsService.analytics(String,long,long)",
                new Entry(TEACHING_THE_COHORT, actor -> classAnalytics.analytics(actor, cohortId, -1)));
        matrix.put(
                "ClassAnalyticsService.matrix(String,long,long,int,int)",
                new Entry(TEACHING_THE_COHORT, actor -> classAnalytics.matrix(actor, cohortId, -1, 0, 10)));
        matrix.put(
                "ClassAnalyticsService.countMembers(String,long,long)",
                new Entry(TEACHING_THE_COHORT, actor -> classAnalytics.countMembers(actor, cohortId, -1)));
        matrix.put(
                "ClassAnalyticsService.matrixCsv(String,long,long)",
                new Entry(TEACHING_THE_COHORT, actor -> classAnalytics.matrixCsv(actor, cohortId, -1)));
        matrix.put(
                "ClassAnalyticsService.ownProgress(String,long,long)",
                new Entry(IN_THE_COHORT, actor -> classAnalytics.ownProgress(actor, cohortId, -1)));
        matrix.put(
                "ClassAnalyticsService.teaches(String,long)",
                new Entry(IN_THE_COHORT, actor -> classAnalytics.teaches(actor, cohortId)));
        // The cohort page's assignments section, built for the signed-in person: members see it; anyone else is
        // refused by the services it asks.
        matrix.put(
                "AssignmentsCohortSection.create(CohortBoard)",
                new Entry(
                        IN_THE_COHORT,
                        actor -> assignmentsSection.create(new CohortBoard(
                                cohortId,
                                "Matrix cohort",
                                null,
                                ZoneOffset.UTC,
                                false,
                                CohortRole.MEMBER,
                                false,
                                List.of(),
                                List.of()))));
        // Asked by the question-set service, inside its guarded call and transaction, before a set is deleted.
        matrix.put("AssignedSets.isAssigned(long)", new Entry(ANYONE, actor -> assignedSets.isAssigned(-1)));
        // The plans' side of assignments, reached only from inside AssignmentService's guarded calls (a transaction
        // is mandatory, so a signed-in caller from outside gets no further than that).
        matrix.put(
                "PlanAssignments.include(UserAccount,long,long)",
                new Entry(
                        SIGNED_IN,
                        actor -> planAssignments.include(accountRepository.requireByUsername(OWNER), ownersPlan, -1)));
        matrix.put(
                "PlanAssignments.exclude(UserAccount,long,long)",
                new Entry(
                        SIGNED_IN,
                        actor -> planAssignments.exclude(accountRepository.requireByUsername(OWNER), ownersPlan, -1)));
        matrix.put("PlanAssignments.forgetAssignment(long)", new Entry(SIGNED_IN, actor -> {
            planAssignments.forgetAssignment(-1);
            return null;
        }));
        // The shared bank, by whatever id: anyone signed in.
        matrix.put("ContentService.question(long)", new Entry(SIGNED_IN, actor -> content.question(questionId)));
        matrix.put(
                "ContentService.contentAt(long,int)", new Entry(SIGNED_IN, actor -> content.contentAt(questionId, 1)));

        // Lookups for other features' services, which are guarded themselves; unguarded by design, and out of
        // the webapp's reach (ArchitectureTest; docs/adr/0010-features-keep-their-repositories.md).
        matrix.put("Learners.requireByUsername(String)", new Entry(ANYONE, actor -> learners.requireByUsername(OWNER)));
        matrix.put("Learners.findByUsername(String)", new Entry(ANYONE, actor -> learners.findByUsername(OWNER)));
        matrix.put("Learners.requireId(String)", new Entry(ANYONE, actor -> learners.requireId(OWNER)));
        matrix.put("Learners.getReferenceById(long)", new Entry(ANYONE, actor -> learners.getReferenceById(ownerId)));
        matrix.put("Questions.findById(long)", new Entry(ANYONE, actor -> questions.findById(questionId)));

        // Administration: the ADMIN role, and in the administrator's own name where the record names them.
        matrix.put(
                "AccountService.create(SignUp,Set)",
                new Entry(
                        ADMINS,
                        actor -> accounts.create(
                                new SignUp("x", "Too short a name", null, TestLearners.PASSWORD),
                                EnumSet.of(Role.ADMIN))));
        matrix.put(
                "AccountService.create(SignUp,Set,ZoneId)",
                new Entry(
                        ADMINS,
                        actor -> accounts.create(
                                new SignUp("x", "Too short a name", null, TestLearners.PASSWORD),
                                EnumSet.of(Role.ADMIN),
                                ZoneId.of("Europe/Berlin"))));
        matrix.put("AccountService.exists(String)", new Entry(ADMINS, actor -> accounts.exists(OWNER)));
        // Writing history in a learner's name: the demo data, made by the portal as its own administrator.
        matrix.put("ReviewReplay.hasHistory(String)", new Entry(ADMINS, actor -> replay.hasHistory(OWNER)));
        matrix.put("ReviewReplay.replay(String,RandomGenerator,Consumer)", new Entry(ADMINS, actor -> {
            replay.replay(OWNER, new Random(1), session -> {});
            return null;
        }));
        matrix.put("AccountAdministration.get(String)", new Entry(ADMINS, actor -> administration.get(OWNER)));
        matrix.put("ImportHistory.changesOf(long,int)", new Entry(ADMINS, actor -> importHistory.changesOf(0, 1)));
        matrix.put(
                "AccountAdministration.changeRoles(String,String,Set)", new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> {
                    administration.changeRoles(actor, OWNER, Set.of());
                    return null;
                }));
        matrix.put("AccountAdministration.disable(String,String)", new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> {
            administration.disable(actor, actor);
            return null;
        }));
        matrix.put("AccountAdministration.enable(String,String)", new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> {
            administration.enable(actor, OWNER);
            return null;
        }));
        matrix.put(
                "AccountAdministration.resetPassword(String,String,String)",
                new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> {
                    administration.resetPassword(actor, OWNER, "short");
                    return null;
                }));
        matrix.put("AccountAdministration.endSessions(String,String)", new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> {
            administration.endSessions(actor, OWNER);
            return null;
        }));
        matrix.put(
                "AccountAdministration.endEveryonesSessions(String)",
                new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> administration.endEveryonesSessions(actor)));
        matrix.put("TwoStepSignIn.turnOffFor(String,String)", new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> {
            twoStep.turnOffFor(actor, OWNER);
            return null;
        }));
        matrix.put("AccountAdministration.unlock(String,String)", new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> {
            administration.unlock(actor, OWNER);
            return null;
        }));
        matrix.put("SignUpPolicy.changeMode(String,SignUpMode)", new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> {
            signUpPolicy.changeMode(actor, signUpPolicy.mode());
            return null;
        }));
        matrix.put(
                "SignUpPolicy.issueInviteCode(String,Duration)",
                new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> signUpPolicy.issueInviteCode(actor, Duration.ZERO)));
        matrix.put(
                "ContentSync.start(String,boolean,boolean,SyncProgress)",
                new Entry(
                        AN_ADMIN_IN_THEIR_OWN_NAME,
                        actor -> sync.start(actor, true, false, SyncProgress.NONE)
                                .join()));
        matrix.put(
                "ContentSync.startUpload(String,String,Path,UploadTarget,boolean,boolean,SyncProgress)",
                new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> {
                    Path page = Files.writeString(
                            Files.createTempFile("matrix-", ".md"), "## Matrix\n### What is checked?\nEvery caller.\n");
                    try {
                        return sync.startUpload(
                                        actor,
                                        "matrix.md",
                                        page,
                                        UploadTarget.of("matrix"),
                                        true,
                                        false,
                                        SyncProgress.NONE)
                                .join();
                    } finally {
                        Files.delete(page);
                    }
                }));
        cohortRows(matrix);
        return matrix;
    }

    /**
     * Cohorts: who gets through is decided by the caller's place in "Matrix cohort", not by portal roles; an
     * administrator is refused like anyone outside it. Calls that get through change nothing: drafts that
     * cannot be saved, a member id or invitation id of nobody, a code that is no code.
     */
    private void cohortRows(Map<String, Entry> matrix) {
        CohortDraft unsaveable = new CohortDraft("", null, null);
        matrix.put("CohortService.cohorts(String)", new Entry(IN_THEIR_OWN_NAME, actor -> cohorts.cohorts(actor)));
        matrix.put("CohortService.mayCreate(String)", new Entry(IN_THEIR_OWN_NAME, actor -> cohorts.mayCreate(actor)));
        matrix.put(
                "CohortService.create(String,CohortDraft)",
                new Entry(IN_THEIR_OWN_NAME, actor -> cohorts.create(actor, unsaveable)));
        // A code is its own key: whoever holds it may look and join; a malformed one is refused by the rules.
        matrix.put(
                "CohortService.invitation(String,String)",
                new Entry(IN_THEIR_OWN_NAME, actor -> cohorts.invitation(actor, "not a code")));
        matrix.put(
                "CohortService.join(String,String)",
                new Entry(IN_THEIR_OWN_NAME, actor -> cohorts.join(actor, "not a code")));
        matrix.put(
                "CohortService.board(String,long)", new Entry(IN_THE_COHORT, actor -> cohorts.board(actor, cohortId)));
        matrix.put("CohortService.share(String,long,boolean)", new Entry(IN_THE_COHORT, actor -> {
            cohorts.share(actor, cohortId, false);
            return null;
        }));
        // Members who get through really leave; the cohort is put back for the next caller.
        matrix.put("CohortService.leave(String,long)", new Entry(IN_THE_COHORT, actor -> {
            try {
                cohorts.leave(actor, cohortId);
            } finally {
                matrixCohort();
            }
            return null;
        }));
        matrix.put("CohortService.remove(String,long,long)", new Entry(TEACHING_THE_COHORT, actor -> {
            cohorts.remove(actor, cohortId, -1);
            return null;
        }));
        matrix.put("CohortService.update(String,long,CohortDraft)", new Entry(OWNING_THE_COHORT, actor -> {
            cohorts.update(actor, cohortId, unsaveable);
            return null;
        }));
        matrix.put("CohortService.archive(String,long)", new Entry(OWNING_THE_COHORT, actor -> {
            cohorts.archive(actor, cohortId);
            cohorts.restore(actor, cohortId);
            return null;
        }));
        matrix.put("CohortService.restore(String,long)", new Entry(OWNING_THE_COHORT, actor -> {
            cohorts.restore(actor, cohortId);
            return null;
        }));
        matrix.put(
                "CohortService.invites(String,long)",
                new Entry(OWNING_THE_COHORT, actor -> cohorts.invites(actor, cohortId)));
        matrix.put(
                "CohortService.createInvite(String,long,InviteDraft)",
                new Entry(OWNING_THE_COHORT, actor -> cohorts.createInvite(actor, cohortId, new InviteDraft(0, null))));
        matrix.put("CohortService.revokeInvite(String,long,long)", new Entry(OWNING_THE_COHORT, actor -> {
            cohorts.revokeInvite(actor, cohortId, -1);
            return null;
        }));
        matrix.put("CohortService.changeRole(String,long,long,CohortRole)", new Entry(OWNING_THE_COHORT, actor -> {
            cohorts.changeRole(actor, cohortId, -1, CohortRole.MEMBER);
            return null;
        }));
        matrix.put("CohortService.transferOwnership(String,long,long)", new Entry(OWNING_THE_COHORT, actor -> {
            cohorts.transferOwnership(actor, cohortId, -1);
            return null;
        }));
        matrix.put(
                "CohortCreationPolicy.change(String,CohortCreation)", new Entry(AN_ADMIN_IN_THEIR_OWN_NAME, actor -> {
                    cohortCreation.change(actor, cohortCreation.current());
                    return null;
                }));
        // No guard of their own: they run only inside the transaction of a guarded service, which has tied
        // the person to the signed-in caller; outside one they refuse to run at all, whoever calls.
        matrix.put(
                "CohortAccess.member(long,UserAccount)",
                new Entry(ANYONE, actor -> cohortAccess.member(cohortId, null)));
        matrix.put(
                "CohortAccess.teacher(long,UserAccount)",
                new Entry(ANYONE, actor -> cohortAccess.teacher(cohortId, null)));
        matrix.put(
                "CohortAccess.teacherReading(long,UserAccount)",
                new Entry(ANYONE, actor -> cohortAccess.teacherReading(cohortId, null)));
        matrix.put(
                "CohortAccess.owner(long,UserAccount)", new Entry(ANYONE, actor -> cohortAccess.owner(cohortId, null)));
        matrix.put(
                "CohortAccess.writableMember(long,UserAccount)",
                new Entry(ANYONE, actor -> cohortAccess.writableMember(cohortId, null)));
        // The foundation's way into question sets for other features, unguarded for the same reason.
        matrix.put(
                "QuestionSets.authoredBy(UserAccount,long)", new Entry(ANYONE, actor -> setLookup.authoredBy(null, 1)));
        matrix.put("QuestionSets.require(long)", new Entry(ANYONE, actor -> setLookup.require(1)));
        matrix.put("CohortActivity.record(long,long,ActivityKind,String)", new Entry(ANYONE, actor -> {
            cohortActivity.record(cohortId, ownerId, ActivityKind.ASSIGNMENT_FINISHED, "Matrix");
            return null;
        }));
    }

    @Test
    void every_service_method_that_takes_a_name_or_an_id_is_in_the_matrix() {
        Set<String> found = Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(Objects::nonNull)
                .map(ClassUtils::getUserClass)
                .filter(type -> type.getPackageName().startsWith("dev.studyportal"))
                // Core's test fixtures (TestBank) are beans of the test context, not services the portal ships.
                .filter(type -> !type.getPackageName().endsWith(".testsupport"))
                .filter(type -> type.isAnnotationPresent(Service.class) || type.isAnnotationPresent(Component.class))
                .distinct()
                .flatMap(type -> Arrays.stream(type.getMethods()).filter(method -> method.getDeclaringClass() == type))
                .filter(method ->
                        !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge())
                .filter(ServiceAccessMatrixTest::takesANameOrAnId)
                .map(ServiceAccessMatrixTest::key)
                .collect(Collectors.toSet());

        assertThat(found).as("methods found in the portal's services").isNotEmpty();
        assertThat(matrix().keySet()).containsExactlyInAnyOrderElementsOf(found);
    }

    @TestFactory
    Stream<DynamicContainer> each_caller_gets_through_exactly_where_the_matrix_says() {
        return matrix().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> DynamicContainer.dynamicContainer(
                        entry.getKey(),
                        Arrays.stream(Caller.values())
                                .map(caller -> DynamicTest.dynamicTest(
                                        caller.name(), () -> check(entry.getKey(), entry.getValue(), caller)))));
    }

    private void check(String method, Entry entry, Caller caller) {
        Throwable refusal = callAs(caller, entry.call());
        if (entry.allowed().contains(caller)) {
            assertThat(refusal)
                    .as("%s must get through to %s, but was refused", caller, method)
                    .isNull();
        } else {
            assertThat(refusal)
                    .as("%s must be refused by %s, but got through", caller, method)
                    .isNotNull();
        }
    }

    /** @return the guard's refusal, or null when the call got through */
    private static @Nullable Throwable callAs(Caller caller, Call call) {
        SecurityContextHolderStrategy holder = TestLearners.securityContextHolder();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(caller.authentication());
        holder.setContext(context);
        try {
            call.make(caller.actor);
            return null;
        } catch (Throwable thrown) {
            return refusalIn(thrown);
        } finally {
            holder.clearContext();
        }
    }

    private static @Nullable Throwable refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException
                    || cause instanceof AuthenticationCredentialsNotFoundException
                    || cause instanceof NoSuchCohortException
                    || cause instanceof CohortPermissionException) {
                return cause;
            }
        }
        return null;
    }

    static boolean takesANameOrAnId(Method method) {
        return Arrays.stream(method.getParameters())
                .anyMatch(parameter -> namesAPersonOrAnId(parameter.getName(), parameter.getType()));
    }

    private static boolean namesAPersonOrAnId(String name, Class<?> type) {
        if (name.toLowerCase(Locale.ROOT).contains("username")
                || name.equals("admin")
                || name.equals("id")
                || name.endsWith("Id")) {
            return true;
        }
        return type.isRecord()
                && type.getPackageName().startsWith("dev.studyportal")
                && Arrays.stream(type.getRecordComponents())
                        .anyMatch(component -> namesAPersonOrAnId(component.getName(), component.getType()));
    }

    static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")"));
    }
}
