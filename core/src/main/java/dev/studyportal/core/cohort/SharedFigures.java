package dev.studyportal.core.cohort;

import dev.studyportal.core.dashboard.StudyDays;
import dev.studyportal.core.review.CardStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures members share with a cohort, for all of them at once: one aggregate query for mastery, one
 * per time zone for streaks, whatever the size of the cohort; no card or review is loaded as an entity.
 * Asked only for members who share; the service has checked that the caller is in the cohort.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
class SharedFigures {

    /** How far back streaks are counted: a longer streak shows as this many days. */
    static final int STREAK_WINDOW_DAYS = 400;

    private static final String ACTIVE_QUESTIONS = """
            select count(*) from question q
            join section s on s.id = q.section_id join page p on p.id = s.page_id
            where q.retired = false and p.unlisted = false
            """;

    private static final String MASTERED = """
            select c.user_account_id, count(*)
            from card_state c join question q on q.id = c.question_id
            join section s on s.id = q.section_id join page p on p.id = s.page_id
            where c.user_account_id in (:people) and c.reps > 0 and c.phase = 'REVIEW' and c.stability >= :mastered
              and q.retired = false and p.unlisted = false
            group by c.user_account_id
            """;

    /*
     * Gaps and islands: numbering a person's study days from the latest backwards, day + number is the same
     * for every day of one unbroken run, so the latest run is the days whose sum is the latest day + 1.
     */
    private static final String LATEST_RUN = """
            select i.user_account_id, i.last_day, count(*)
            from (select d.user_account_id, d.day_number,
                         d.day_number + row_number() over (partition by d.user_account_id order by d.day_number desc) as island,
                         max(d.day_number) over (partition by d.user_account_id) as last_day
                  from (select distinct l.user_account_id, %s as day_number
                        from review_log l
                        where l.user_account_id in (:people) and l.undone_at is null
                          and l.reviewed_at >= :since and l.reviewed_at < :until) d) i
            where i.island = i.last_day + 1
            group by i.user_account_id, i.last_day
            """;

    private final EntityManager entityManager;

    SharedFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Mastery: the person's questions in status mastered ({@link CardStatus#MASTERED_STABILITY_DAYS}) as a
     * whole percentage of the bank's active questions, the dashboard's denominator.
     */
    Map<Long, Integer> mastery(Collection<Long> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        long active =
                ((Number) entityManager.createNativeQuery(ACTIVE_QUESTIONS).getSingleResult()).longValue();
        Map<Long, Integer> percent = new HashMap<>();
        people.forEach(person -> percent.put(person, 0));
        if (active == 0) {
            return percent;
        }
        List<?> rows = entityManager
                .createNativeQuery(MASTERED)
                .setParameter("people", people)
                .setParameter("mastered", CardStatus.MASTERED_STABILITY_DAYS)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long mastered = ((Number) columns[1]).longValue();
            percent.put(((Number) columns[0]).longValue(), (int) Math.floor(100.0 * mastered / active));
        }
        return percent;
    }

    /** A person's current run of study days; {@code days} is 0 when the run has broken. */
    record Run(int days, LocalDate start) {}

    /**
     * Each person's current streak by the dashboard's rules ({@link dev.studyportal.core.dashboard.Streak}):
     * days in their own time zone, counted back from today, or from yesterday while today has no rating yet.
     */
    Map<Long, Run> streaks(Map<Long, ZoneId> people, Instant now) {
        Map<Long, Run> runs = new HashMap<>();
        Map<ZoneId, List<Long>> byZone = people.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        byZone.forEach((zone, ids) -> {
            LocalDate today = now.atZone(zone).toLocalDate();
            Instant since =
                    today.minusDays(STREAK_WINDOW_DAYS - 1).atStartOfDay(zone).toInstant();
            Instant until = today.plusDays(1).atStartOfDay(zone).toInstant();
            StudyDays.Expression day = StudyDays.dayNumber("l.reviewed_at", zone, since, until, "z");
            Query query = entityManager
                    .createNativeQuery(LATEST_RUN.formatted(day.sql()))
                    .setParameter("people", ids)
                    .setParameter("since", since)
                    .setParameter("until", until);
            day.parameters().forEach(query::setParameter);
            long todayNumber = StudyDays.numberOf(today);
            ids.forEach(id -> runs.put(id, new Run(0, today)));
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                long lastDay = ((Number) columns[1]).longValue();
                int days = ((Number) columns[2]).intValue();
                if (lastDay == todayNumber || lastDay == todayNumber - 1) {
                    runs.put(
                            ((Number) columns[0]).longValue(),
                            new Run(days, today.minusDays(todayNumber - lastDay + days - 1)));
                }
            }
        });
        return runs;
    }
}
