package dev.studyportal.core.content;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PageRepository extends JpaRepository<Page, Long> {

    long countByRetiredFalse();
}
