package dev.studyportal.core.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    @Query("""
            select new dev.studyportal.core.content.QuestionDetail(
                q.id, q.key, q.displayNumber, q.title, q.answer, q.contentVersion,
                s.id, s.title, p.title, q.sourcePath, q.sourceLine, q.retired, p.customEditUrl)
            from Question q join q.section s join s.page p
            where q.id = :id
            """)
    Optional<QuestionDetail> findDetail(@Param("id") long id);

    long countByRetiredFalse();

    /** The active questions in the order the library lists them. */
    @Query("""
            select q.id from Question q join q.section s join s.page p
            where q.retired = false
            order by coalesce(p.sidebarPosition, 2147483647), p.title, s.position, q.position
            """)
    List<Long> findActiveIdsInBankOrder();
}
