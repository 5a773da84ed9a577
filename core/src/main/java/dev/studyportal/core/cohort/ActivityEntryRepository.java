package dev.studyportal.core.cohort;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivityEntryRepository extends JpaRepository<ActivityEntry, Long> {

    /**
     * The latest entries one member of the cohort may see: comings and goings of anyone, progress only of
     * people who are still in the cohort and share with it now (so turning sharing off hides past progress too).
     */
    @Query("""
            select new dev.studyportal.core.cohort.ActivityItem(e.occurredAt, p.displayName, e.kind, e.detail)
            from ActivityEntry e, UserAccount p
            where p.id = e.personId and e.cohortId = :cohortId
              and (e.kind not in :progress or exists (
                    select m.id from CohortMember m
                    where m.cohort.id = e.cohortId and m.person.id = e.personId and m.sharing = true))
            order by e.occurredAt desc, e.id desc""")
    List<ActivityItem> findFeed(
            @Param("cohortId") long cohortId, @Param("progress") List<ActivityKind> progress, Pageable page);

    @Query("""
            select count(e) > 0 from ActivityEntry e
            where e.cohortId = :cohortId and e.personId = :personId and e.kind = :kind and e.detail = :detail
              and e.occurredAt >= :since""")
    boolean existsSince(
            @Param("cohortId") long cohortId,
            @Param("personId") long personId,
            @Param("kind") ActivityKind kind,
            @Param("detail") String detail,
            @Param("since") java.time.Instant since);

    /** Every line about one person, in every cohort, oldest first: what their own data holds. */
    @Query("select e from ActivityEntry e where e.personId = :personId order by e.occurredAt, e.id")
    List<ActivityEntry> findAllAboutPerson(@Param("personId") long personId);

    @Modifying
    @Query("delete from ActivityEntry e where e.personId = :personId")
    void deleteAllOfPerson(@Param("personId") long personId);
}
