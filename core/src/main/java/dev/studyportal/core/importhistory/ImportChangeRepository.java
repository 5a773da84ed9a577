package dev.studyportal.core.importhistory;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportChangeRepository extends JpaRepository<ImportChange, Long> {

    @Query("select c from ImportChange c where c.run.id = :runId order by c.kind, c.titleAfter, c.id")
    List<ImportChange> findByRun(long runId, Pageable page);

    @Query("select count(c) from ImportChange c where c.run.id = :runId")
    long countByRun(long runId);

    @Query(
            "select c from ImportChange c join fetch c.run where c.question.id = :questionId order by c.run.startedAt desc")
    List<ImportChange> findByQuestion(long questionId);
}
