package dev.studyportal.core.dashboard;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.account.UserAccount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One learner's dashboard, for that learner only ({@link OwnData}). Aggregate queries answer it, whatever
 * the size of the history: ratings per day of the learner's calendar (summed from the learner's quarter hours in
 * {@link dev.studyportal.core.review.ReviewRollup}), and the learner's reviewed cards, one small row each from an
 * index, counted here per section and status and per due day in one pass. The questions per section are the same
 * for every learner and kept until the bank changes ({@link BankSections}). No entity but the account is loaded
 * ({@link DashboardQueries} has the statements).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private static final int LEARNING = 1;
    private static final int REVIEW = 2;
    private static final int MASTERED = 3;

    private final EntityManager entityManager;
    private final Learners accounts;
    private final BankSections bank;
    private final Clock clock;

    DashboardService(EntityManager entityManager, Learners accounts, BankSections bank, Clock clock) {
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.bank = bank;
        this.clock = clock;
    }

    @OwnData
    public Dashboard dashboard(String username) {
        UserAccount learner = accounts.requireByUsername(username);
        StudyPreferences preferences = learner.getStudyPreferences();
        ZoneId zone = preferences.timeZone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        BankSections.Bank sections = bank.current();
        DashboardQueries.Statements statements = DashboardQueries.statements(
                learner.id(), zone, firstReview(learner.id()).orElse(now), now);
        List<DayActivity> days = days(statements);
        Cards cards = cards(statements, sections.questions(), today);
        return new Dashboard(
                today, zone, preferences.desiredRetention(), mastery(sections, cards), days, cards.forecast(today));
    }

    private Optional<Instant> firstReview(long learnerId) {
        Object first = entityManager
                .createNativeQuery(DashboardQueries.FIRST_REVIEW, Instant.class)
                .setParameter("learner", learnerId)
                .getSingleResult();
        return Optional.ofNullable((Instant) first);
    }

    private static List<SectionMastery> mastery(BankSections.Bank bank, Cards cards) {
        return bank.sections().stream()
                .map(row -> {
                    long section = number(row[0]);
                    long[] counts = cards.bySection().getOrDefault(section, new long[4]);
                    return new SectionMastery(
                            section,
                            (String) row[1],
                            (String) row[2],
                            number(row[3]) - counts[LEARNING] - counts[REVIEW] - counts[MASTERED],
                            counts[LEARNING],
                            counts[REVIEW],
                            counts[MASTERED]);
                })
                .toList();
    }

    private List<DayActivity> days(DashboardQueries.Statements statements) {
        return rows(statements.days()).stream()
                .map(row -> new DayActivity(
                        LocalDayExpression.day((Number) row[0]),
                        number(row[1]),
                        number(row[2]),
                        number(row[3]),
                        number(row[4])))
                .toList();
    }

    /** The learner's cards of questions that are not retired, counted per section and status, and per due day. */
    private Cards cards(
            DashboardQueries.Statements statements, BankSections.ActiveQuestions questions, LocalDate today) {
        Map<Long, long[]> bySection = new HashMap<>();
        Map<LocalDate, Long> due = new TreeMap<>();
        for (Object[] row : rows(statements.cards())) {
            long section = questions.sectionOf(number(row[0]));
            if (section < 0) {
                continue;
            }
            bySection.computeIfAbsent(section, key -> new long[4])[(int) number(row[1])]++;
            if (row[2] != null) {
                LocalDate day = LocalDayExpression.day((Number) row[2]);
                due.merge(day.isBefore(today) ? today : day, 1L, Long::sum);
            }
        }
        return new Cards(bySection, due);
    }

    /** @param bySection per section, counts indexed by status (learning, review, mastered at 1, 2, 3) */
    private record Cards(Map<Long, long[]> bySection, Map<LocalDate, Long> due) {

        List<DueDay> forecast(LocalDate today) {
            List<DueDay> forecast = new ArrayList<>(Dashboard.FORECAST_DAYS);
            for (int i = 0; i < Dashboard.FORECAST_DAYS; i++) {
                LocalDate day = today.plusDays(i);
                forecast.add(new DueDay(day, due.getOrDefault(day, 0L)));
            }
            return forecast;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(DashboardQueries.Statement statement) {
        Query query = entityManager.createNativeQuery(statement.sql(), Object[].class);
        statement.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
