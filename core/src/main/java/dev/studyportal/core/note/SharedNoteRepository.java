package dev.studyportal.core.note;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Shared notes. A note shows in a cohort only while its author is a member who joined before sharing it: the
 * condition is spelled once in {@link #AUTHOR_STILL_IN}, so that what members read and what the author is told
 * they share agree. Leaving or being removed hides the author's notes there at once, on every node, with
 * nothing to clean up; rejoining later does not bring them back.
 */
interface SharedNoteRepository extends JpaRepository<SharedNote, Long> {

    String AUTHOR_STILL_IN = """
            exists (select 1 from CohortMember m
                    where m.cohort = sn.cohort and m.person = sn.author and m.joinedAt <= sn.sharedAt)
            """;

    @Query("""
            select sn from SharedNote sn
            where sn.cohort.id = :cohortId and sn.author.id = :authorId and sn.question.id = :questionId""")
    Optional<SharedNote> find(
            @Param("cohortId") long cohortId, @Param("authorId") long authorId, @Param("questionId") long questionId);

    /** What others shared on the question in these cohorts, newest first. */
    @Query("select new dev.studyportal.core.note.CohortNote(c.id, c.name, a.displayName, sn.body, sn.sharedAt)"
            + " from SharedNote sn join sn.cohort c join sn.author a"
            + " where sn.question.id = :questionId and c.id in :cohortIds and a.id <> :viewerId and " + AUTHOR_STILL_IN
            + " order by sn.sharedAt desc, sn.id desc")
    List<CohortNote> findShared(
            @Param("questionId") long questionId,
            @Param("cohortIds") Collection<Long> cohortIds,
            @Param("viewerId") long viewerId);

    /** The author's shared copies of their note on the question that members can read now. */
    @Query("select sn from SharedNote sn join fetch sn.cohort"
            + " where sn.author.id = :authorId and sn.question.id = :questionId and " + AUTHOR_STILL_IN)
    List<SharedNote> findVisibleOfAuthor(@Param("authorId") long authorId, @Param("questionId") long questionId);

    @Query("""
            select sn from SharedNote sn join fetch sn.question join fetch sn.cohort
            where sn.author.id = :authorId order by sn.sharedAt, sn.id""")
    List<SharedNote> findAllOfAuthor(@Param("authorId") long authorId);

    @Modifying(flushAutomatically = true)
    @Query("delete from SharedNote sn where sn.author.id = :authorId")
    int deleteAllOfAuthor(@Param("authorId") long authorId);
}
