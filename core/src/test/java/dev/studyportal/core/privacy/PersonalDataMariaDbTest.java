package dev.studyportal.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.InvalidAccountDetailsException;
import dev.studyportal.core.account.LoginLockouts;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.assignment.AssignmentDraft;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.cohort.CohortDraft;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.InviteDraft;
import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.QuestionKey;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.core.content.Section;
import dev.studyportal.core.note.NoteService;
import dev.studyportal.core.note.SharedNoteService;
import dev.studyportal.core.plan.PlanDraft;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.questionset.QuestionSetDraft;
import dev.studyportal.core.questionset.QuestionSetService;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.core.testsupport.TestBank;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A learner's own data: a copy of all of it, and deleting all of it, never anyone else's. */
@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class PersonalDataMariaDbTest {

    private static final String PASSWORD = "a long password";

    @Autowired
    PersonalDataExport export;

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewService reviews;

    @Autowired
    NoteService notes;

    @Autowired
    PlanService plans;

    @Autowired
    CohortService cohorts;

    @Autowired
    QuestionSetService questionSets;

    @Autowired
    AssignmentService assignments;

    @Autowired
    SharedNoteService sharedNotes;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginLockouts lockouts;

    @Autowired
    QuestionRepository questions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestBank bank;

    private long first;
    private long second;
    private long bankPage;
    private long bankSection;

    @BeforeEach
    void twoLearnersWhoStudiedTheSameQuestions() {
        bank.reset();
        bank.write(content -> {
            Page page = content.page("bank", "Bank", description -> description.withTags(List.of("ml")));
            Section section = content.section(page, "s", "S");
            bankPage = page.id();
            bankSection = section.id();
            first = content.question(section, "What is a monad?", "A monoid.");
            second = content.question(section, "Why tests?", "Confidence.");
        });
        accounts.create(new SignUp("ana", "Ana Lima", "ana@example.com", PASSWORD), EnumSet.of(Role.LEARNER));
        accounts.create(new SignUp("bob", "Bob Stone", "bob@example.com", PASSWORD), EnumSet.of(Role.LEARNER));
        accounts.updatePreferences("ana", new StudyPreferences(0.85, 12, 150, ZoneId.of("Europe/Lisbon")));

        reviews.rate("ana", first, Rating.GOOD, Duration.ofSeconds(4));
        reviews.toggleBookmark("ana", second);
        notes.save("ana", first, "Ana's own words");
        reviews.rate("bob", first, Rating.AGAIN, Duration.ofSeconds(9));
        reviews.rate("bob", second, Rating.EASY, Duration.ofSeconds(2));
        notes.save("bob", second, "Bob's secret note");
        plans.create(
                "ana",
                new PlanDraft(
                        "Interview at Acme",
                        new PlanScope(Set.of(bankPage), Set.of(), Set.of("ml")),
                        today(),
                        today().plusDays(20),
                        null));
        plans.create(
                "ana",
                new PlanDraft(
                        "Monads, slowly", new PlanScope(Set.of(), Set.of(bankSection), Set.of()), today(), null, 3));
        plans.create(
                "bob",
                new PlanDraft(
                        "Bob's secret plan",
                        new PlanScope(Set.of(bankPage), Set.of(), Set.of()),
                        LocalDate.ofInstant(clock.instant(), reviews.timeZone("bob")),
                        null,
                        5));
        lockouts.recordFailure("ana");
        lockouts.recordFailure("bob");
    }

    @Test
    void the_export_holds_the_learners_own_data_and_nobody_elses() {
        PersonalData data = export.collect("ana");

        assertThat(data.account().username()).isEqualTo("ana");
        assertThat(data.account().displayName()).isEqualTo("Ana Lima");
        assertThat(data.account().email()).isEqualTo("ana@example.com");
        assertThat(data.studyPreferences())
                .isEqualTo(new PersonalData.Preferences(0.85, 12, 150, "Europe/Lisbon", "SYSTEM"));
        assertThat(data.cards())
                .extracting(PersonalData.Card::questionTitle, PersonalData.Card::reps, PersonalData.Card::bookmarked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("What is a monad?", 1, false),
                        org.assertj.core.groups.Tuple.tuple("Why tests?", 0, true));
        assertThat(data.reviews()).singleElement().satisfies(review -> {
            assertThat(review.questionKey())
                    .isEqualTo(QuestionKey.derived("bank", "What is a monad?").value());
            assertThat(review.rating()).isEqualTo("GOOD");
            assertThat(review.durationMs()).isEqualTo(4000);
        });
        assertThat(data.notes()).extracting(PersonalData.NoteEntry::body).containsExactly("Ana's own words");
        assertThat(data.plans())
                .containsExactly(
                        new PersonalData.Plan(
                                "Interview at Acme",
                                today(),
                                today().plusDays(20),
                                null,
                                false,
                                List.of("Bank (bank.md)"),
                                List.of(),
                                List.of("ml")),
                        new PersonalData.Plan(
                                "Monads, slowly", today(), null, 3, false, List.of(), List.of("Bank › S"), List.of()));
        assertThat(data.activity()).singleElement().satisfies(quarter -> {
            assertThat(quarter.reviews()).isEqualTo(1);
            assertThat(quarter.durationMs()).isEqualTo(4000);
            assertThat(quarter.quarterHourStart())
                    .isBeforeOrEqualTo(clock.instant())
                    .isAfter(clock.instant().minus(Duration.ofMinutes(15)));
        });
    }

    @Test
    void the_json_names_the_learner_and_never_holds_a_password_hash_or_another_learner() {
        String json = new String(export.json("ana"), StandardCharsets.UTF_8);

        assertThat(json)
                .contains(
                        "\"username\" : \"ana\"",
                        "Ana's own words",
                        "What is a monad?",
                        "\"rating\" : \"GOOD\"",
                        "\"name\" : \"Interview at Acme\"",
                        "Bank (bank.md)",
                        "\"durationMs\" : 4000");
        assertThat(json).doesNotContain("bob", "Bob", "AGAIN", "EASY", "password", "$2a$", "{bcrypt}");
    }

    @Test
    void the_csv_zip_has_one_file_per_kind_with_the_learners_rows_only() throws IOException {
        Map<String, String> files = unzip(export.csvZip("ana"));

        assertThat(files)
                .containsOnlyKeys(
                        "account.csv",
                        "cards.csv",
                        "reviews.csv",
                        "notes.csv",
                        "plans.csv",
                        "activity.csv",
                        "cohorts.csv",
                        "cohort_activity.csv",
                        "assignments.csv");
        assertThat(files.get("cohorts.csv").lines()).containsExactly("cohort,role,joined_at,sharing,archived");
        assertThat(files.get("account.csv").lines())
                .hasSize(2)
                .last()
                .asString()
                .startsWith("ana,Ana Lima,ana@example.com,LEARNER,")
                .contains("0.85,12,150,Europe/Lisbon");
        assertThat(files.get("cards.csv").lines()).hasSize(3);
        assertThat(files.get("reviews.csv").lines())
                .hasSize(2)
                .last()
                .asString()
                .contains("What is a monad?,GOOD,");
        assertThat(files.get("notes.csv").lines()).hasSize(2).last().asString().endsWith("Ana's own words");
        assertThat(files.get("plans.csv").lines())
                .containsExactly(
                        "name,start_date,interview_date,daily_new_budget,archived,pages,sections,tags",
                        "Interview at Acme,%s,%s,,false,Bank (bank.md),,ml".formatted(today(), today().plusDays(20)),
                        "\"Monads, slowly\",%s,,3,false,,Bank › S,".formatted(today()));
        assertThat(files.get("activity.csv").lines())
                .hasSize(2)
                .last()
                .asString()
                .endsWith(",1,4000,0,0");
        assertThat(String.join("", files.values())).doesNotContain("bob", "Bob", "AGAIN", "EASY", "$2a$");
    }

    @Test
    void the_export_holds_the_learners_cohorts_the_feed_lines_about_them_and_their_assignments_never_another_members()
            throws IOException {
        accounts.create(new SignUp("cara", "Cara Diaz", null, PASSWORD), EnumSet.of(Role.LEARNER));
        // Later than Ana's rating in the set-up, so that it does not count for the assignment.
        clock.advance(Duration.ofHours(1));
        Instant joined = clock.instant();
        long cohort = cohorts.create("bob", new CohortDraft("Acme study group", null, ZoneId.of("UTC")));
        long set = questionSets.create("bob", new QuestionSetDraft("ML basics", null));
        questionSets.add("bob", set, List.of(first));
        String code =
                cohorts.createInvite("bob", cohort, new InviteDraft(7, null)).code();
        cohorts.join("ana", code);
        cohorts.join("cara", code);
        cohorts.share("ana", cohort, true);
        cohorts.share("cara", cohort, true);
        LocalDate due = LocalDate.ofInstant(joined, ZoneId.of("UTC")).plusDays(7);
        assignments.assign("bob", cohort, new AssignmentDraft(set, due, "Before the interview"));
        sharedNotes.share("ana", first, cohort);
        notes.save("cara", first, "Cara's note for the class");
        sharedNotes.share("cara", first, cohort);
        clock.advance(Duration.ofMinutes(5));
        reviews.rate("cara", first, Rating.GOOD, Duration.ofSeconds(3));

        PersonalData ana = export.collect("ana");

        assertThat(ana.cohorts())
                .containsExactly(new PersonalData.CohortMembership("Acme study group", "MEMBER", joined, true, false));
        assertThat(ana.cohortActivity())
                .containsExactly(new PersonalData.CohortEvent("Acme study group", "JOINED", null, joined));
        assertThat(ana.assignments()).singleElement().satisfies(standing -> {
            assertThat(standing.cohort()).isEqualTo("Acme study group");
            assertThat(standing.questionSet()).isEqualTo("ML basics");
            assertThat(standing.dueDate()).isEqualTo(due);
            assertThat(standing.state()).isEqualTo("NOT_STARTED");
            assertThat(standing.questionsCounting()).isZero();
            assertThat(standing.questions()).isEqualTo(1);
        });
        assertThat(ana.notes())
                .extracting(PersonalData.NoteEntry::visibility, PersonalData.NoteEntry::body)
                .containsExactly(
                        Tuple.tuple("PRIVATE", "Ana's own words"),
                        Tuple.tuple("COHORT Acme study group", "Ana's own words"));

        // Cara's finishing is a line about her, in her own copy; the owner is not assessed, so has no standing.
        assertThat(export.collect("cara").cohortActivity())
                .extracting(PersonalData.CohortEvent::kind, PersonalData.CohortEvent::detail)
                .containsExactly(Tuple.tuple("JOINED", null), Tuple.tuple("ASSIGNMENT_FINISHED", "ML basics"));
        assertThat(export.collect("cara").assignments())
                .extracting(PersonalData.AssignmentStanding::state)
                .containsExactly("DONE");
        PersonalData owner = export.collect("bob");
        assertThat(owner.cohorts())
                .extracting(PersonalData.CohortMembership::role)
                .containsExactly("OWNER");
        assertThat(owner.assignments()).isEmpty();

        Map<String, String> files = unzip(export.csvZip("ana"));
        assertThat(files.get("cohorts.csv").lines())
                .containsExactly(
                        "cohort,role,joined_at,sharing,archived",
                        "Acme study group,MEMBER,%s,true,false".formatted(joined));
        assertThat(files.get("cohort_activity.csv").lines())
                .containsExactly("cohort,kind,detail,occurred_at", "Acme study group,JOINED,,%s".formatted(joined));
        assertThat(files.get("assignments.csv").lines())
                .hasSize(2)
                .last()
                .asString()
                .startsWith("Acme study group,ML basics,%s,".formatted(due))
                .endsWith(",NOT_STARTED,0,1");
        assertThat(String.join("", files.values())).doesNotContain("cara", "Cara", "FINISHED", "DONE", "bob", "Bob");
    }

    @Test
    void deleting_an_account_leaves_nothing_of_it_and_the_other_learner_untouched() {
        long ana = accounts.findByUsername("ana").orElseThrow().id();
        long bob = accounts.findByUsername("bob").orElseThrow().id();
        Map<String, Integer> bobBefore = rowsOf(bob, "bob");

        accounts.deleteOwnAccount("ana", "Ana", PASSWORD);

        assertThat(rowsOf(ana, "ana"))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(rowsOf(bob, "bob"))
                .isEqualTo(bobBefore)
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(notes.note("bob", second)).isEqualTo("Bob's secret note");
        assertThat(questions.count()).isEqualTo(2);
    }

    @Test
    void a_wrong_username_or_password_deletes_nothing() {
        long ana = accounts.findByUsername("ana").orElseThrow().id();
        Map<String, Integer> before = rowsOf(ana, "ana");

        assertThatThrownBy(() -> accounts.deleteOwnAccount("ana", "bob", PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.deleteOwnAccount("ana", "ana", "not my password"))
                .isInstanceOfSatisfying(
                        InvalidAccountDetailsException.class,
                        e -> assertThat(e.field()).isEqualTo("password"));

        assertThat(rowsOf(ana, "ana")).isEqualTo(before);
    }

    @Test
    void the_last_administrator_cannot_delete_their_account_but_one_of_two_can() {
        accounts.create(new SignUp("root", "Root", null, PASSWORD), EnumSet.of(Role.ADMIN, Role.LEARNER));

        assertThatThrownBy(() -> accounts.deleteOwnAccount("root", "root", PASSWORD))
                .isInstanceOfSatisfying(InvalidAccountDetailsException.class, e -> {
                    assertThat(e.field()).isEqualTo("account");
                    assertThat(e.getMessage()).contains("only administrator");
                });
        assertThat(accounts.exists("root")).isTrue();

        accounts.create(new SignUp("second-admin", "Second", null, PASSWORD), EnumSet.of(Role.ADMIN));
        accounts.deleteOwnAccount("root", "root", PASSWORD);

        assertThat(accounts.exists("root")).isFalse();
        assertThat(accounts.exists("second-admin")).isTrue();
    }

    private Map<String, Integer> rowsOf(long accountId, String username) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String table :
                new String[] {"card_state", "review_log", "review_rollup", "note", "study_plan", "user_account_role"}) {
            rows.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) from " + table + " where user_account_id = ?", Integer.class, accountId));
        }
        rows.put(
                "user_account",
                jdbc.queryForObject("select count(*) from user_account where id = ?", Integer.class, accountId));
        rows.put(
                "login_throttle",
                jdbc.queryForObject("select count(*) from login_throttle where username = ?", Integer.class, username));
        return rows;
    }

    /** Ana's today, in Lisbon: a plan without a start date starts then. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Lisbon"));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
