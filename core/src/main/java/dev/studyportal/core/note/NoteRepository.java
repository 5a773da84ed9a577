package dev.studyportal.core.note;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NoteRepository extends JpaRepository<Note, Long> {

    @Query("select n from Note n where n.author.username = :username and n.question.id = :questionId")
    Optional<Note> find(@Param("username") String username, @Param("questionId") long questionId);

    @Query("select n from Note n join fetch n.question where n.author.id = :authorId order by n.id")
    List<Note> findAllOfAuthor(@Param("authorId") long authorId);

    @Modifying(flushAutomatically = true)
    @Query("delete from Note n where n.author.id = :authorId")
    int deleteAllOfAuthor(@Param("authorId") long authorId);
}
