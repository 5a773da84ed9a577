package dev.studyportal.core.note;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NoteRepository extends JpaRepository<Note, Long> {

    @Query("select n from Note n where n.author.username = :username and n.question.id = :questionId")
    Optional<Note> find(@Param("username") String username, @Param("questionId") long questionId);
}
