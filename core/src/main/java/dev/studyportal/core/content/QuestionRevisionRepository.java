package dev.studyportal.core.content;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRevisionRepository extends JpaRepository<QuestionRevision, Long> {
}
