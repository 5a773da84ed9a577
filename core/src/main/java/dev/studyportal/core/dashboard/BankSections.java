package dev.studyportal.core.dashboard;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The bank as the dashboard counts it, kept between dashboards: the active, listed questions per section
 * ({@link DashboardQueries#SECTIONS}) and the section of each question that is not retired
 * ({@link DashboardQueries#ACTIVE_QUESTIONS}). Both are the same for every learner and change only when the
 * bank's content does, while reading them again for every dashboard read the whole bank.
 *
 * <p>How a change is noticed: pages, sections and questions are written only through their entities (by a sync,
 * on whichever node runs it), never deleted, and each carries an optimistic-lock version that every update
 * raises. So each table's row count, sum of versions and sum of ids ({@link DashboardQueries#BANK_VERSION})
 * change whenever anything in the bank does (a question added, retired, revived or moved, a section renamed, a
 * page unlisted), and they are read from small indexes (V25) in a fraction of the time the figures take. They
 * are read in the caller's transaction before the figures, so figures are never kept under a version older than
 * they are; figures newer than their version are only read again on the next dashboard. Asking the database
 * rather than listening for a sync keeps every node of a scaled-out portal right, whichever node ran the sync.
 */
@Component
class BankSections {

    private final EntityManager entityManager;
    private final AtomicReference<Bank> kept = new AtomicReference<>();

    BankSections(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The bank as it is now: the kept one if nothing changed since it was read. */
    Bank current() {
        List<Long> version = version();
        Bank last = kept.get();
        if (last != null && last.version().equals(version)) {
            return last;
        }
        Bank bank = new Bank(
                version,
                List.copyOf(rows(DashboardQueries.SECTIONS)),
                ActiveQuestions.of(rows(DashboardQueries.ACTIVE_QUESTIONS)));
        kept.set(bank);
        return bank;
    }

    private List<Long> version() {
        return rows(DashboardQueries.BANK_VERSION).stream()
                .flatMap(Arrays::stream)
                .map(value -> value == null ? 0L : ((Number) value).longValue())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql, Object[].class).getResultList();
    }

    /**
     * @param sections rows of {@link DashboardQueries#SECTIONS}: section id, page title, section title, active questions
     */
    record Bank(List<Long> version, List<Object[]> sections, ActiveQuestions questions) {}

    /** The section of every question that is not retired, by question id; two sorted arrays, for a bank of any size. */
    static final class ActiveQuestions {

        private final long[] ids;
        private final long[] sections;

        private ActiveQuestions(long[] ids, long[] sections) {
            this.ids = ids;
            this.sections = sections;
        }

        static ActiveQuestions of(List<Object[]> rows) {
            Object[][] sorted = rows.toArray(Object[][]::new);
            Arrays.sort(sorted, (a, b) -> Long.compare(((Number) a[0]).longValue(), ((Number) b[0]).longValue()));
            long[] ids = new long[sorted.length];
            long[] sections = new long[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                ids[i] = ((Number) sorted[i][0]).longValue();
                sections[i] = ((Number) sorted[i][1]).longValue();
            }
            return new ActiveQuestions(ids, sections);
        }

        /** The question's section, or -1 for a retired question (or one the bank no longer has). */
        long sectionOf(long questionId) {
            int at = Arrays.binarySearch(ids, questionId);
            return at < 0 ? -1 : sections[at];
        }
    }
}
