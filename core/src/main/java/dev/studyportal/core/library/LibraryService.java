package dev.studyportal.core.library;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.access.SignedIn;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.content.SearchTerms;
import dev.studyportal.core.review.CardStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library for one learner: the bank's active questions with the learner's own status, found
 * by page, section, tag, words, status, bookmark or "changed since I last reviewed". Each call
 * sees only the named learner's cards, and only that learner may make it ({@link OwnData}); the pages
 * and tags to filter by are the same for everyone signed in.
 */
@Service
@Transactional(readOnly = true)
public class LibraryService {

    // The status rule of CardState.status(), in the query so that it can filter and page.
    private static final String STATUS = """
            case when c.id is null or c.reps = 0 then 'NEW'
                 when c.phase <> dev.studyportal.core.review.fsrs.CardPhase.REVIEW then 'LEARNING'
                 when c.stability >= %s then 'MASTERED'
                 else 'REVIEW' end""".formatted(CardStatus.MASTERED_STABILITY_DAYS);
    private static final String CHANGED =
            "(c.seenContentVersion is not null and c.seenContentVersion < q.contentVersion)";

    private final EntityManager entityManager;
    private final Learners accounts;

    LibraryService(EntityManager entityManager, Learners accounts) {
        this.entityManager = entityManager;
        this.accounts = accounts;
    }

    @OwnData
    public List<LibraryEntry> find(String username, LibraryFilter filter, Pageable pageable) {
        Query query = Query.of(learner(username), filter);
        TypedQuery<LibraryEntry> jpql =
                entityManager.createQuery("""
                select new dev.studyportal.core.library.LibraryEntry(q.id, q.displayNumber, q.title, s.title, p.title,
                    %s, c.bookmarked, case when %s then true else false end)
                """.formatted(STATUS, CHANGED) + query.from() + """
                 order by coalesce(p.sidebarPosition, 2147483647), p.title, s.position, q.position
                """, LibraryEntry.class);
        query.parameters().forEach(jpql::setParameter);
        return jpql.setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    @OwnData
    public long count(String username, LibraryFilter filter) {
        Query query = Query.of(learner(username), filter);
        TypedQuery<Long> jpql = entityManager.createQuery("select count(q) " + query.from(), Long.class);
        query.parameters().forEach(jpql::setParameter);
        return jpql.getSingleResult();
    }

    @SignedIn
    public List<PageOption> pages() {
        return entityManager.createQuery("""
                select new dev.studyportal.core.library.PageOption(p.id, p.title) from Page p
                where p.retired = false and p.unlisted = false order by coalesce(p.sidebarPosition, 2147483647), p.title
                """, PageOption.class).getResultList();
    }

    @SignedIn
    public List<String> tags() {
        return entityManager.createQuery("""
                select distinct t from Page p join p.tags t where p.retired = false and p.unlisted = false order by t
                """, String.class).getResultList();
    }

    private UserAccount learner(String username) {
        return accounts.requireByUsername(username);
    }

    /** The from-and-where part shared by the list and its count, with its parameters. */
    private record Query(String from, Map<String, Object> parameters) {

        static Query of(UserAccount learner, LibraryFilter filter) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            List<String> where = new ArrayList<>();
            where.add("q.retired = false");
            // Docusaurus' unlisted pages are reachable by their link only, never offered in lists.
            where.add("p.unlisted = false");
            parameters.put("learnerId", learner.id());
            if (filter.pageId() != null) {
                where.add("p.id = :pageId");
                parameters.put("pageId", filter.pageId());
            }
            if (filter.sectionId() != null) {
                where.add("s.id = :sectionId");
                parameters.put("sectionId", filter.sectionId());
            }
            if (filter.tag() != null && !filter.tag().isBlank()) {
                where.add(":tag member of p.tags");
                parameters.put("tag", filter.tag());
            }
            List<String> words = filter.text() == null ? List.of() : SearchTerms.query(filter.text());
            for (int i = 0; i < words.size(); i++) {
                // Prefix matches on the word index: 'regular%' finds "regularization" and uses the index.
                // Search words hold only letters and digits, so they carry no LIKE wildcards of their own.
                where.add(
                        "exists (select 1 from Question w join w.terms t where w = q and t like :word%d)".formatted(i));
                parameters.put("word" + i, words.get(i) + "%");
            }
            if (filter.status() != null) {
                where.add("(" + STATUS + ") = :status");
                parameters.put("status", filter.status().name());
            }
            if (filter.bookmarkedOnly()) {
                where.add("c.bookmarked = true");
            }
            if (filter.changedOnly()) {
                where.add(CHANGED);
            }
            String from = """
                    from Question q join q.section s join s.page p
                    left join CardState c on c.question = q and c.learner.id = :learnerId
                    where """ + " " + String.join(" and ", where);
            return new Query(from, parameters);
        }
    }
}
