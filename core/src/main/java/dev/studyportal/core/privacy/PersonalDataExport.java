package dev.studyportal.core.privacy;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.cohort.CohortParticipation;
import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.PageRepository;
import dev.studyportal.core.content.SectionRepository;
import dev.studyportal.core.note.NoteRepository;
import dev.studyportal.core.note.SharedNoteCopies;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.review.CardStateRepository;
import dev.studyportal.core.review.ReviewLogRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A copy of everything the portal keeps about one person, for them to take away. Every call names
 * the signed-in person's username, which the web layer takes from the security context and never
 * from a request, and the service itself refuses any other name ({@link OwnData}): there is no way to
 * ask for somebody else's data.
 */
@Service
@Transactional(readOnly = true)
@OwnData
public class PersonalDataExport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Learners accounts;
    private final CardStateRepository cards;
    private final ReviewLogRepository logs;
    private final NoteRepository notes;
    private final PlanService plans;
    private final PageRepository pages;
    private final SectionRepository sections;
    private final SharedNoteCopies sharedNotes;
    private final CohortParticipation cohorts;
    private final AssignmentService assignments;
    private final Clock clock;

    PersonalDataExport(
            Learners accounts,
            CardStateRepository cards,
            ReviewLogRepository logs,
            NoteRepository notes,
            PlanService plans,
            PageRepository pages,
            SectionRepository sections,
            SharedNoteCopies sharedNotes,
            CohortParticipation cohorts,
            AssignmentService assignments,
            Clock clock) {
        this.accounts = accounts;
        this.cards = cards;
        this.logs = logs;
        this.notes = notes;
        this.plans = plans;
        this.pages = pages;
        this.sections = sections;
        this.sharedNotes = sharedNotes;
        this.cohorts = cohorts;
        this.assignments = assignments;
        this.clock = clock;
    }

    public PersonalData collect(String username) {
        UserAccount account = accounts.requireByUsername(username);
        var preferences = account.getStudyPreferences();
        return new PersonalData(
                clock.instant(),
                new PersonalData.Profile(
                        account.getUsername(),
                        account.getDisplayName(),
                        account.getEmail(),
                        account.getRoles(),
                        account.getCreatedAt()),
                new PersonalData.Preferences(
                        preferences.desiredRetention(),
                        preferences.dailyNewLimit(),
                        preferences.dailyReviewLimit(),
                        preferences.timeZone().getId(),
                        account.getAppearance().name()),
                cards.findAllOfLearner(account.id()).stream()
                        .map(c -> new PersonalData.Card(
                                c.getQuestion().getKey().value(),
                                c.getQuestion().getTitle(),
                                c.status().name(),
                                c.getPhase().name(),
                                c.getStability(),
                                c.getDifficulty(),
                                c.getDueAt(),
                                c.getLastReviewAt(),
                                c.getReps(),
                                c.getLapses(),
                                c.getAgains(),
                                c.getLastGoodAt(),
                                c.getLastBadAt(),
                                c.isBookmarked()))
                        .toList(),
                logs.findAllOfLearner(account.id()).stream()
                        .map(l -> new PersonalData.Review(
                                l.getQuestion().getKey().value(),
                                l.getQuestion().getTitle(),
                                l.getRating().name(),
                                l.getReviewedAt(),
                                l.getDurationMs(),
                                l.getContentVersion(),
                                l.getRetrievability(),
                                l.getDueAfter(),
                                l.getStabilityAfter(),
                                l.getUndoneAt()))
                        .toList(),
                // The copies shared with cohorts are the person's words too, kept apart from their own note, which
                // only they read.
                Stream.concat(
                                notes.findAllOfAuthor(account.id()).stream()
                                        .map(n -> new PersonalData.NoteEntry(
                                                n.getQuestion().getKey().value(),
                                                n.getQuestion().getTitle(),
                                                "PRIVATE",
                                                n.getUpdatedAt(),
                                                n.getBody())),
                                sharedNotes.sharedBy(account).stream()
                                        .map(copy -> new PersonalData.NoteEntry(
                                                copy.questionKey(),
                                                copy.questionTitle(),
                                                "COHORT " + copy.cohortName(),
                                                copy.sharedAt(),
                                                copy.body())))
                        .toList(),
                plans.plans(username).stream()
                        .map(plan -> new PersonalData.Plan(
                                plan.name(),
                                plan.startDate(),
                                plan.interviewDate(),
                                plan.dailyNewBudget(),
                                plan.archived(),
                                pageNames(plan.scope()),
                                sectionNames(plan.scope()),
                                plan.scope().tags().stream().sorted().toList()))
                        .toList(),
                logs.findRollupOfLearner(account.id()).stream()
                        .map(quarter -> new PersonalData.Activity(
                                quarter.start(),
                                quarter.reviews(),
                                quarter.durationMs(),
                                quarter.matureReviews(),
                                quarter.matureRecalled()))
                        .toList(),
                cohorts.memberships(account).stream()
                        .map(member -> new PersonalData.CohortMembership(
                                member.cohortName(),
                                member.role().name(),
                                member.joinedAt(),
                                member.sharing(),
                                member.cohortArchived()))
                        .toList(),
                cohorts.feedLinesAbout(account).stream()
                        .map(line -> new PersonalData.CohortEvent(
                                line.cohortName(), line.kind().name(), line.detail(), line.occurredAt()))
                        .toList(),
                // The person's own standing only: what the teachers see of the other members is theirs.
                assignments.mine(username).stream()
                        .map(assignment -> new PersonalData.AssignmentStanding(
                                assignment.cohortName(),
                                assignment.setName(),
                                assignment.dueDate(),
                                assignment.dueAt(),
                                assignment.state().name(),
                                assignment.counting(),
                                assignment.questions()))
                        .toList());
    }

    /** "Title (file)", as the library shows the page, whether or not it is still in the bank. */
    private List<String> pageNames(PlanScope scope) {
        return pages.findAllById(scope.pageIds()).stream()
                .sorted(Comparator.comparing(Page::getTitle).thenComparing(Page::getPath))
                .map(page -> "%s (%s)".formatted(page.getTitle(), page.getPath()))
                .toList();
    }

    /** "Page title › Section title", as the plan form shows the section. */
    private List<String> sectionNames(PlanScope scope) {
        return sections.findAllById(scope.sectionIds()).stream()
                .map(section -> section.getPage().getTitle() + " › " + section.getTitle())
                .sorted()
                .toList();
    }

    /** One JSON document, UTF-8. */
    public byte[] json(String username) {
        return JSON.writeValueAsBytes(collect(username));
    }

    /**
     * A zip of CSV files, UTF-8: account.csv, cards.csv, reviews.csv, notes.csv, plans.csv (a plan a row, its
     * scope's pages, sections and tags each in one cell, separated by " | ") and activity.csv (the ratings per
     * quarter hour the dashboard sums), cohorts.csv (the person's memberships), cohort_activity.csv (the feeds'
     * lines about them) and assignments.csv (where they stand with each assignment of the cohorts they study in).
     */
    public byte[] csvZip(String username) {
        PersonalData data = collect(username);
        var profile = data.account();
        var preferences = data.studyPreferences();
        Csv account = new Csv(
                        "username",
                        "display_name",
                        "email",
                        "roles",
                        "created_at",
                        "desired_retention",
                        "daily_new_limit",
                        "daily_review_limit",
                        "time_zone",
                        "appearance",
                        "exported_at")
                .row(
                        profile.username(),
                        profile.displayName(),
                        profile.email(),
                        String.join(
                                " ",
                                profile.roles().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toList()),
                        profile.createdAt(),
                        preferences.desiredRetention(),
                        preferences.dailyNewLimit(),
                        preferences.dailyReviewLimit(),
                        preferences.timeZone(),
                        preferences.appearance(),
                        data.exportedAt());
        Csv cardRows = new Csv(
                "question_key",
                "question_title",
                "status",
                "phase",
                "stability",
                "difficulty",
                "due_at",
                "last_review_at",
                "reps",
                "lapses",
                "agains",
                "last_good_or_easy_at",
                "last_again_or_hard_at",
                "bookmarked");
        data.cards()
                .forEach(c -> cardRows.row(
                        c.questionKey(),
                        c.questionTitle(),
                        c.status(),
                        c.phase(),
                        c.stability(),
                        c.difficulty(),
                        c.dueAt(),
                        c.lastReviewAt(),
                        c.reps(),
                        c.lapses(),
                        c.agains(),
                        c.lastGoodAt(),
                        c.lastBadAt(),
                        c.bookmarked()));
        Csv reviewRows = new Csv(
                "question_key",
                "question_title",
                "rating",
                "reviewed_at",
                "duration_ms",
                "content_version",
                "retrievability",
                "due_after",
                "stability_after",
                "undone_at");
        data.reviews()
                .forEach(r -> reviewRows.row(
                        r.questionKey(),
                        r.questionTitle(),
                        r.rating(),
                        r.reviewedAt(),
                        r.durationMs(),
                        r.contentVersion(),
                        r.retrievability(),
                        r.dueAfter(),
                        r.stabilityAfter(),
                        r.undoneAt()));
        Csv noteRows = new Csv("question_key", "question_title", "visibility", "updated_at", "body");
        data.notes()
                .forEach(
                        n -> noteRows.row(n.questionKey(), n.questionTitle(), n.visibility(), n.updatedAt(), n.body()));

        Csv planRows = new Csv(
                "name", "start_date", "interview_date", "daily_new_budget", "archived", "pages", "sections", "tags");
        data.plans()
                .forEach(p -> planRows.row(
                        p.name(),
                        p.startDate(),
                        p.interviewDate(),
                        p.dailyNewBudget(),
                        p.archived(),
                        String.join(" | ", p.pages()),
                        String.join(" | ", p.sections()),
                        String.join(" | ", p.tags())));
        Csv activityRows = new Csv("quarter_hour_start", "reviews", "duration_ms", "mature_reviews", "mature_recalled");
        data.activity()
                .forEach(a -> activityRows.row(
                        a.quarterHourStart(), a.reviews(), a.durationMs(), a.matureReviews(), a.matureRecalled()));

        Csv cohortRows = new Csv("cohort", "role", "joined_at", "sharing", "archived");
        data.cohorts().forEach(c -> cohortRows.row(c.cohort(), c.role(), c.joinedAt(), c.sharing(), c.archived()));
        Csv cohortActivityRows = new Csv("cohort", "kind", "detail", "occurred_at");
        data.cohortActivity().forEach(e -> cohortActivityRows.row(e.cohort(), e.kind(), e.detail(), e.occurredAt()));
        Csv assignmentRows =
                new Csv("cohort", "question_set", "due_date", "due_at", "state", "questions_counting", "questions");
        data.assignments()
                .forEach(a -> assignmentRows.row(
                        a.cohort(),
                        a.questionSet(),
                        a.dueDate(),
                        a.dueAt(),
                        a.state(),
                        a.questionsCounting(),
                        a.questions()));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, "account.csv", account);
            add(zip, "cards.csv", cardRows);
            add(zip, "reviews.csv", reviewRows);
            add(zip, "notes.csv", noteRows);
            add(zip, "plans.csv", planRows);
            add(zip, "activity.csv", activityRows);
            add(zip, "cohorts.csv", cohortRows);
            add(zip, "cohort_activity.csv", cohortActivityRows);
            add(zip, "assignments.csv", assignmentRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, Csv csv) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
