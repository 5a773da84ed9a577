package dev.studyportal.core.assignment;

import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.questionset.QuestionSet;
import dev.studyportal.core.review.fsrs.CardPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs {@link AssignmentQueries} for the two services of this feature and turns rows into records. Not guarded:
 * only this package calls it, after its service has asked {@link dev.studyportal.core.cohort.CohortAccess}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
class AssignmentProgress {

    private final EntityManager entityManager;

    AssignmentProgress(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<ProgressMatrix.Column> questions(Assignment assignment) {
        return rows(
                        AssignmentQueries.QUESTIONS,
                        Map.of("set", assignment.getQuestionSet().id()))
                .stream()
                .map(row -> new ProgressMatrix.Column(
                        number(row[0]).longValue(), row[2] == null ? "" : (String) row[2], (String) row[1]))
                .toList();
    }

    /** Every member's progress: {@code memberIds} are the cohort's members ({@link #memberIds}), the questions the set's. */
    List<MemberProgress> all(Assignment assignment, Instant now, List<Long> questionIds, List<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return progress(
                assignment,
                AssignmentQueries.RatingSource.at(now, assignment.dueAt()).allProgress(),
                Map.of("members", AssignmentQueries.ids(memberIds), "questions", AssignmentQueries.ids(questionIds)),
                now,
                questionIds.size());
    }

    static List<Long> questionIds(List<ProgressMatrix.Column> questions) {
        return questions.stream().map(ProgressMatrix.Column::questionId).toList();
    }

    List<Long> memberIds(Assignment assignment) {
        List<?> ids = entityManager
                .createNativeQuery(AssignmentQueries.MEMBER_IDS)
                .setParameter("cohort", assignment.getCohort().id())
                .getResultList();
        return ids.stream().map(id -> number(id).longValue()).toList();
    }

    MemberProgress of(Assignment assignment, long memberId, Instant now) {
        List<Long> questionIds = questionIds(questions(assignment));
        int questions = questionIds.size();
        List<MemberProgress> own = progress(
                assignment,
                AssignmentQueries.RatingSource.at(now, assignment.dueAt()).ownProgress(),
                Map.of("member", memberId, "questions", AssignmentQueries.ids(questionIds)),
                now,
                questions);
        if (own.isEmpty()) {
            // A teacher of the cohort has no progress of their own on it: nothing was assigned to them.
            return new MemberProgress(
                    "", "", AssignmentState.NOT_STARTED, new CompletionRule.Counts(questions, 0, 0, 0), false);
        }
        return own.getFirst();
    }

    long countMembers(Assignment assignment) {
        return number(entityManager
                        .createNativeQuery(AssignmentQueries.COUNT_MEMBERS)
                        .setParameter("cohort", assignment.getCohort().id())
                        .getSingleResult())
                .longValue();
    }

    /**
     * A page of members with their cells. The page's counts for the rule are taken from its cells, which carry
     * the same four instants per question as the progress query (a question rated since the assignment has a card).
     */
    ProgressMatrix matrix(Assignment assignment, int offset, int limit, Instant now) {
        List<ProgressMatrix.Column> columns = questions(assignment);
        Query page = entityManager
                .createNativeQuery(AssignmentQueries.MEMBER_PAGE, Object[].class)
                .setParameter("cohort", assignment.getCohort().id())
                .setFirstResult(offset)
                .setMaxResults(limit);
        @SuppressWarnings("unchecked")
        List<Object[]> members = page.getResultList();
        if (members.isEmpty()) {
            return new ProgressMatrix(columns, List.of());
        }
        List<Long> memberIds =
                members.stream().map(row -> number(row[0]).longValue()).toList();
        Map<Long, Map<Long, CellStatus>> cells = new HashMap<>();
        Map<Long, int[]> tallies = new HashMap<>();
        for (Object[] row : rows(
                AssignmentQueries.RatingSource.at(now, assignment.dueAt()).cells(),
                parameters(
                        assignment,
                        Map.of("members", memberIds, "questions", AssignmentQueries.ids(questionIds(columns)))))) {
            long memberId = number(row[0]).longValue();
            Instant goodBefore = instant(row[6]);
            Instant badBefore = instant(row[7]);
            boolean onTime = CompletionRule.countsOnTime(goodBefore, badBefore);
            boolean counts = CompletionRule.counts(goodBefore, badBefore, instant(row[8]), instant(row[9]));
            int[] tally = tallies.computeIfAbsent(memberId, any -> new int[3]);
            tally[0] += row[8] != null || row[9] != null ? 1 : 0;
            tally[1] += onTime ? 1 : 0;
            tally[2] += counts && !onTime ? 1 : 0;
            CellStatus status = CellStatus.of(
                    number(row[2]).intValue(),
                    CardPhase.valueOf((String) row[3]),
                    row[4] == null ? null : number(row[4]).doubleValue(),
                    instant(row[5]),
                    counts,
                    now);
            cells.computeIfAbsent(memberId, any -> new HashMap<>())
                    .put(number(row[1]).longValue(), status);
        }
        Instant dueAt = assignment.dueAt();
        List<ProgressMatrix.Row> rows = new ArrayList<>();
        for (Object[] member : members) {
            long memberId = number(member[0]).longValue();
            int[] tally = tallies.getOrDefault(memberId, new int[3]);
            CompletionRule.Counts memberCounts =
                    new CompletionRule.Counts(columns.size(), tally[0], tally[1], tally[2]);
            MemberProgress progress = new MemberProgress(
                    (String) member[1],
                    (String) member[2],
                    CompletionRule.state(memberCounts, now, dueAt),
                    memberCounts,
                    CompletionRule.behind(memberCounts, assignment.getAssignedAt(), dueAt, now));
            Map<Long, CellStatus> own = cells.getOrDefault(memberId, Map.of());
            rows.add(new ProgressMatrix.Row(
                    progress,
                    columns.stream()
                            .map(column -> own.getOrDefault(column.questionId(), CellStatus.NOT_SEEN))
                            .toList()));
        }
        return new ProgressMatrix(columns, rows);
    }

    AssignmentSummary summary(Assignment assignment, @Nullable List<MemberProgress> members, int questions) {
        AssignmentSummary.Completion completion = null;
        if (members != null) {
            Map<AssignmentState, Integer> states = states(members);
            completion = new AssignmentSummary.Completion(
                    members.size(),
                    states.getOrDefault(AssignmentState.DONE, 0),
                    states.getOrDefault(AssignmentState.DONE_LATE, 0),
                    states.getOrDefault(AssignmentState.OVERDUE, 0),
                    (int) members.stream().filter(MemberProgress::behind).count());
        }
        Cohort cohort = assignment.getCohort();
        QuestionSet set = assignment.getQuestionSet();
        return new AssignmentSummary(
                assignment.id(),
                cohort.id(),
                set.id(),
                set.getName(),
                questions,
                assignment.getDueDate(),
                assignment.dueAt(),
                cohort.getTimeZone(),
                assignment.getNote(),
                assignment.getAssignedAt(),
                completion);
    }

    static Map<AssignmentState, Integer> states(List<MemberProgress> members) {
        Map<AssignmentState, Integer> states = new EnumMap<>(AssignmentState.class);
        for (AssignmentState state : AssignmentState.values()) {
            states.put(state, 0);
        }
        members.forEach(member -> states.merge(member.state(), 1, Integer::sum));
        return states;
    }

    /**
     * Runs {@code sql} with those of {@code parameters} it names: the same map serves statements that read ratings
     * from the cards and from the log, which name different ones.
     */
    List<Object[]> rows(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql, Object[].class);
        for (Parameter<?> parameter : query.getParameters()) {
            String name = Objects.requireNonNull(parameter.getName(), "statements name their parameters");
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name + " in " + sql);
            }
            query.setParameter(name, parameters.get(name));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private List<MemberProgress> progress(
            Assignment assignment, String sql, Map<String, Object> extra, Instant now, int questions) {
        Instant dueAt = assignment.dueAt();
        return rows(sql, parameters(assignment, extra)).stream()
                .map(row -> {
                    CompletionRule.Counts counts = new CompletionRule.Counts(
                            questions,
                            number(row[3]).intValue(),
                            number(row[4]).intValue(),
                            number(row[5]).intValue());
                    return new MemberProgress(
                            (String) row[1],
                            (String) row[2],
                            CompletionRule.state(counts, now, dueAt),
                            counts,
                            CompletionRule.behind(counts, assignment.getAssignedAt(), dueAt, now));
                })
                .toList();
    }

    static Map<String, Object> parameters(Assignment assignment, Map<String, Object> extra) {
        Map<String, Object> parameters = new java.util.LinkedHashMap<>(Map.of(
                "cohort",
                assignment.getCohort().id(),
                "assigned",
                assignment.getAssignedAt(),
                "due",
                assignment.dueAt()));
        parameters.putAll(extra);
        return parameters;
    }

    static Number number(Object value) {
        return (Number) value;
    }

    /** Native queries hand timestamps back in the driver's type; stored instants are UTC (hibernate.jdbc.time_zone). */
    static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    static Collection<Long> ids(Collection<?> values) {
        return values.stream().map(value -> number(value).longValue()).toList();
    }
}
