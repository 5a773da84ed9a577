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
 * the size of the history: questions per section and the learner's cards per section and status, ratings
 * per day of the learner's calendar (summed from the learner's quarter hours in
 * {@link dev.studyportal.core.review.ReviewRollup}), and cards due per day. They group in the database and return a row per section or per day; no entity is
 * loaded ({@link DashboardQueries} has the statements).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final EntityManager entityManager;
    private final Learners accounts;
    private final Clock clock;

    DashboardService(EntityManager entityManager, Learners accounts, Clock clock) {
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.clock = clock;
    }

    @OwnData
    public Dashboard dashboard(String username) {
        UserAccount learner = accounts.requireByUsername(username);
        StudyPreferences preferences = learner.getStudyPreferences();
        ZoneId zone = preferences.timeZone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        DashboardQueries.Statements statements = DashboardQueries.statements(learner.id(), zone, firstReview(learner.id()).orElse(now), now);
        return new Dashboard(today, zone, preferences.desiredRetention(), mastery(statements),
                days(statements), dueForecast(statements, today));
    }

    private Optional<Instant> firstReview(long learnerId) {
        Object first = entityManager.createNativeQuery(DashboardQueries.FIRST_REVIEW, Instant.class).setParameter("learner", learnerId)
                .getSingleResult();
        return Optional.ofNullable((Instant) first);
    }

    private List<SectionMastery> mastery(DashboardQueries.Statements statements) {
        Map<Long, Object[]> cards = new HashMap<>();
        for (Object[] row : rows(statements.cards())) {
            cards.put(number(row[0]), row);
        }
        return rows(statements.sections()).stream().map(row -> {
            Object[] counts = cards.getOrDefault(number(row[0]), new Object[] {null, 0, 0, 0});
            long learning = number(counts[1]);
            long review = number(counts[2]);
            long mastered = number(counts[3]);
            return new SectionMastery(number(row[0]), (String) row[1], (String) row[2],
                    number(row[3]) - learning - review - mastered, learning, review, mastered);
        }).toList();
    }

    private List<DayActivity> days(DashboardQueries.Statements statements) {
        return rows(statements.days()).stream().map(row -> new DayActivity(LocalDayExpression.day((Number) row[0]),
                number(row[1]), number(row[2]), number(row[3]), number(row[4]))).toList();
    }

    private List<DueDay> dueForecast(DashboardQueries.Statements statements, LocalDate today) {
        Map<LocalDate, Long> due = new TreeMap<>();
        for (Object[] row : rows(statements.due())) {
            LocalDate day = LocalDayExpression.day((Number) row[0]);
            due.merge(day.isBefore(today) ? today : day, number(row[1]), Long::sum);
        }
        List<DueDay> forecast = new ArrayList<>(Dashboard.FORECAST_DAYS);
        for (int i = 0; i < Dashboard.FORECAST_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            forecast.add(new DueDay(day, due.getOrDefault(day, 0L)));
        }
        return forecast;
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
