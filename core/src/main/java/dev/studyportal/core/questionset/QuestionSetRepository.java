package dev.studyportal.core.questionset;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuestionSetRepository extends JpaRepository<QuestionSet, Long> {

    @Query("select qs from QuestionSet qs where qs.id = :setId and qs.author.id = :authorId")
    Optional<QuestionSet> findOwn(@Param("authorId") long authorId, @Param("setId") long setId);

    @Query("select qs from QuestionSet qs where qs.author.id = :authorId order by qs.name")
    List<QuestionSet> findAllOfAuthor(@Param("authorId") long authorId);

    /** The author's sets with their sizes, counted in the query rather than by loading every set's questions. */
    @Query("""
            select new dev.studyportal.core.questionset.QuestionSetSummary(qs.id, qs.name, qs.description, count(i),
                sum(case when q.retired = true then 1 else 0 end), qs.updatedAt)
            from QuestionSet qs left join qs.questionIds i left join Question q on q.id = i
            where qs.author.id = :authorId and (:setId is null or qs.id = :setId)
            group by qs.id, qs.name, qs.description, qs.updatedAt
            order by qs.name, qs.id""")
    List<QuestionSetSummary> findSummaries(@Param("authorId") long authorId, @Param("setId") @Nullable Long setId);

    /** A set's questions in its order, each as the bank has it now. */
    @Query("""
            select new dev.studyportal.core.questionset.QuestionSetItem(q.id, index(i), q.displayNumber, q.title,
                p.title, s.title, q.retired)
            from QuestionSet qs join qs.questionIds i join Question q on q.id = i join q.section s join s.page p
            where qs.id = :setId
            order by index(i)""")
    List<QuestionSetItem> findItems(@Param("setId") long setId);

    @Query("select q.id from Question q where q.id in :ids")
    List<Long> findExistingQuestions(@Param("ids") Collection<Long> ids);

    @Query("select q.id from Question q where q.id in :ids and q.retired = true")
    List<Long> findRetiredQuestions(@Param("ids") Collection<Long> ids);
}
