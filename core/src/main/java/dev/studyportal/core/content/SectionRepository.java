package dev.studyportal.core.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SectionRepository extends JpaRepository<Section, Long> {

    @Query("""
            select new dev.studyportal.core.content.SectionSummary(
                s.id, p.title, s.title, s.readingBody,
                (select count(q) from Question q where q.section = s and q.retired = false))
            from Section s join s.page p
            where s.retired = false and p.retired = false and p.unlisted = false
            order by coalesce(p.sidebarPosition, 2147483647), p.title, s.position
            """)
    List<SectionSummary> findActiveSummaries();

    @Query("select count(s) from Section s where s.retired = false and s.page.retired = false")
    long countActive();
}
