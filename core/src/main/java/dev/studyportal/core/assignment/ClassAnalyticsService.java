package dev.studyportal.core.assignment;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.cohort.CohortAccess;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.shared.SpreadsheetText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class analytics of one assignment for the cohort's owners and instructors ({@link CohortAccess#teacherReading}):
 * the progress matrix a page of members at a time, its CSV, hardest questions, questions the class is about to
 * forget, who is behind. A member sees only their own progress ({@link #ownProgress}); someone outside the cohort
 * gets {@link dev.studyportal.core.cohort.NoSuchCohortException}. Everything is read through the aggregate queries
 * of {@link AssignmentQueries}.
 */
@Service
@Transactional(readOnly = true)
@OwnData
public class ClassAnalyticsService {

    /** How many questions "hardest" lists. */
    static final int HARDEST = 10;

    private final AssignmentRepository assignments;
    private final AssignmentProgress progress;
    private final Learners accounts;
    private final CohortAccess access;
    private final Clock clock;

    ClassAnalyticsService(
            AssignmentRepository assignments,
            AssignmentProgress progress,
            Learners accounts,
            CohortAccess access,
            Clock clock) {
        this.assignments = assignments;
        this.progress = progress;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Everything but the matrix, for the analytics view's first paint.
     *
     * @throws dev.studyportal.core.cohort.NoSuchCohortException when the person is not in the cohort
     * @throws CohortPermissionException                           when they only study in it
     * @throws NoSuchAssignmentException                           when the cohort has no such assignment
     */
    public ClassAnalytics analytics(String username, long cohortId, long assignmentId) {
        Assignment assignment = teaching(username, cohortId, assignmentId);
        Instant now = clock.instant();
        List<ProgressMatrix.Column> questions = progress.questions(assignment);
        List<Long> memberIds = progress.memberIds(assignment);
        List<Long> questionIds = AssignmentProgress.questionIds(questions);
        List<MemberProgress> members = progress.all(assignment, now, questionIds, memberIds);
        Map<Long, String> titles = new HashMap<>();
        questions.forEach(question -> titles.put(question.questionId(), question.title()));
        AssignmentQueries.Statement figures = AssignmentQueries.questionFigures(memberIds, questionIds, now);
        List<HardQuestion> hardest = new ArrayList<>();
        List<FadingQuestion> fading = new ArrayList<>();
        for (Object[] row : progress.rows(figures.sql(), figures.parameters())) {
            long questionId = AssignmentProgress.number(row[0]).longValue();
            String title = titles.getOrDefault(questionId, "");
            int learners = AssignmentProgress.number(row[1]).intValue();
            long reps = AssignmentProgress.number(row[3]).longValue();
            double lapseRate = reps == 0 ? 0 : AssignmentProgress.number(row[2]).doubleValue() / reps;
            Double againShare =
                    reps == 0 ? null : AssignmentProgress.number(row[7]).doubleValue() / reps;
            Double stability =
                    row[4] == null ? null : AssignmentProgress.number(row[4]).doubleValue();
            hardest.add(new HardQuestion(questionId, title, learners, lapseRate, againShare, stability));
            double later = AssignmentProgress.number(row[6]).doubleValue();
            if (later < AssignmentQueries.FORGET_THRESHOLD) {
                fading.add(new FadingQuestion(
                        questionId,
                        title,
                        learners,
                        AssignmentProgress.number(row[5]).doubleValue(),
                        later));
            }
        }
        return new ClassAnalytics(
                progress.summary(assignment, members, questions.size()),
                members.size(),
                AssignmentProgress.states(members),
                members.stream().filter(MemberProgress::behind).toList(),
                hardest.stream().sorted(HARDEST_FIRST).limit(HARDEST).toList(),
                fading.stream()
                        .sorted(Comparator.comparingDouble(FadingQuestion::retrievabilityLater)
                                .thenComparing(FadingQuestion::questionId))
                        .toList());
    }

    /** A page of the matrix: members {@code offset} to {@code offset + limit} in the order of their names. */
    public ProgressMatrix matrix(String username, long cohortId, long assignmentId, int offset, int limit) {
        Assignment assignment = teaching(username, cohortId, assignmentId);
        return progress.matrix(assignment, Math.max(0, offset), Math.clamp(limit, 1, 500), clock.instant());
    }

    public int countMembers(String username, long cohortId, long assignmentId) {
        return (int) progress.countMembers(teaching(username, cohortId, assignmentId));
    }

    /**
     * The whole matrix as CSV (Commons CSV, RFC 4180): a row per member with their state and counts, and a column
     * per question holding the cell's status. Every text cell passes the formula-injection guard of the
     * personal-data export ({@link SpreadsheetText}), since names and titles come from people.
     */
    public String matrixCsv(String username, long cohortId, long assignmentId) {
        Assignment assignment = teaching(username, cohortId, assignmentId);
        int members = (int) progress.countMembers(assignment);
        ProgressMatrix matrix = progress.matrix(assignment, 0, Math.max(1, members), clock.instant());
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            List<Object> header = new ArrayList<>(List.of("Member", "Username", "State", "Counting", "Questions"));
            matrix.questions()
                    .forEach(question -> header.add(SpreadsheetText.defused(
                            (question.number().isEmpty() ? "" : question.number() + " ") + question.title())));
            csv.printRecord(header);
            for (ProgressMatrix.Row row : matrix.rows()) {
                MemberProgress member = row.member();
                List<Object> record = new ArrayList<>(List.of(
                        SpreadsheetText.defused(member.displayName()),
                        SpreadsheetText.defused(member.username()),
                        member.state().label(),
                        member.counts().counting(),
                        member.counts().questions()));
                row.cells().forEach(cell -> record.add(cell.label()));
                csv.printRecord(record);
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return text.toString();
    }

    /**
     * The person's own progress on an assignment of a cohort they are in, whatever their role there.
     *
     * @throws dev.studyportal.core.cohort.NoSuchCohortException when they are not in the cohort
     */
    public MemberProgress ownProgress(String username, long cohortId, long assignmentId) {
        UserAccount person = accounts.requireByUsername(username);
        access.member(cohortId, person);
        Assignment assignment = find(cohortId, assignmentId);
        return progress.of(assignment, person.id(), clock.instant());
    }

    /** Whether the person may see the class analytics of the cohort: what the view asks before it offers them. */
    public boolean teaches(String username, long cohortId) {
        return access.member(cohortId, accounts.requireByUsername(username))
                .getRole()
                .teaches();
    }

    /** Share of Again first, then lapse rate, then the lowest stability; questions without figures last. */
    static final Comparator<HardQuestion> HARDEST_FIRST = Comparator.comparing(
                    (HardQuestion question) -> orZero(question.againShare()))
            .reversed()
            .thenComparing(Comparator.comparingDouble(HardQuestion::lapseRate).reversed())
            .thenComparing(
                    question -> question.averageStability() == null ? Double.MAX_VALUE : question.averageStability())
            .thenComparing(HardQuestion::questionId);

    private static double orZero(@Nullable Double value) {
        return value == null ? 0 : value;
    }

    private Assignment teaching(String username, long cohortId, long assignmentId) {
        access.teacherReading(cohortId, accounts.requireByUsername(username));
        return find(cohortId, assignmentId);
    }

    private Assignment find(long cohortId, long assignmentId) {
        return assignments
                .findInCohort(cohortId, assignmentId)
                .orElseThrow(() -> new NoSuchAssignmentException(assignmentId));
    }
}
