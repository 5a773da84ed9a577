package dev.studyportal.core.questionset;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuestionSetRepository extends JpaRepository<QuestionSet, Long> {

    @Query("select qs from QuestionSet qs where qs.id = :setId and qs.author.id = :authorId")
    Optional<QuestionSet> findOwn(@Param("authorId") long authorId, @Param("setId") long setId);

    @Query("select qs from QuestionSet qs where qs.author.id = :authorId order by qs.name")
    List<QuestionSet> findAllOfAuthor(@Param("authorId") long authorId);
}
