package dev.studyportal.core.content;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    String ACTIVE_MATCHING = """
            from Question q join q.section s join s.page p
            where q.retired = false
              and (:sectionId is null or s.id = :sectionId)
              and (:text is null or lower(q.title) like :text escape '!')
            """;

    @Query("""
            select new dev.studyportal.core.content.QuestionSummary(
                q.id, q.displayNumber, q.title, s.id, s.title, p.title)
            """ + ACTIVE_MATCHING + """
            order by coalesce(p.sidebarPosition, 2147483647), p.title, s.position, q.position
            """)
    List<QuestionSummary> findActiveSummaries(@Param("sectionId") @Nullable Long sectionId,
                                              @Param("text") @Nullable String lowerCaseLikePattern,
                                              Pageable pageable);

    @Query("select count(q) " + ACTIVE_MATCHING)
    long countActive(@Param("sectionId") @Nullable Long sectionId, @Param("text") @Nullable String lowerCaseLikePattern);

    @Query("""
            select new dev.studyportal.core.content.QuestionDetail(
                q.id, q.key, q.displayNumber, q.title, q.answer, q.contentVersion,
                s.id, s.title, p.title, q.sourcePath, q.sourceLine, q.retired)
            from Question q join q.section s join s.page p
            where q.id = :id
            """)
    Optional<QuestionDetail> findDetail(@Param("id") long id);

    long countByRetiredFalse();
}
