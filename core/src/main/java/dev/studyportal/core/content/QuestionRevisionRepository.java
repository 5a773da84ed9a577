package dev.studyportal.core.content;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRevisionRepository extends JpaRepository<QuestionRevision, Long> {

    @Query("select r from QuestionRevision r where r.question.id = :questionId and r.contentVersion = :version")
    Optional<QuestionRevision> find(@Param("questionId") long questionId, @Param("version") int version);
}
