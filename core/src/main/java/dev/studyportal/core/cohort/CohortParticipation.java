package dev.studyportal.core.cohort;

import dev.studyportal.core.account.UserAccount;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the cohorts feature keeps about one person, for the export of their own data: their memberships and the
 * lines of the cohorts' feeds that tell of them. Never anything of another member. Not a guarded service: its
 * caller has tied the account to the signed-in person already.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class CohortParticipation {

    /** One cohort the person is in, with their role and whether they share their progress with it. */
    public record Membership(
            String cohortName, CohortRole role, Instant joinedAt, boolean sharing, boolean cohortArchived) {}

    /**
     * A line of a cohort's feed about the person, kept whether or not they share now (sharing only decides who
     * sees it) and after they left the cohort.
     *
     * @param detail the assignment's title or the streak's days, as the feed shows them
     */
    public record FeedLine(
            String cohortName, ActivityKind kind, @Nullable String detail, Instant occurredAt) {}

    private final CohortMemberRepository members;
    private final ActivityEntryRepository feed;
    private final CohortRepository cohorts;

    CohortParticipation(CohortMemberRepository members, ActivityEntryRepository feed, CohortRepository cohorts) {
        this.members = members;
        this.feed = feed;
        this.cohorts = cohorts;
    }

    /** Every cohort the person is in, archived ones too, by cohort name. */
    public List<Membership> memberships(UserAccount person) {
        return members.findAllOfPerson(person.id()).stream()
                .map(member -> new Membership(
                        member.getCohort().getName(),
                        member.getRole(),
                        member.getJoinedAt(),
                        member.isSharing(),
                        member.getCohort().isArchived()))
                .toList();
    }

    /** The feed lines about the person in every cohort, oldest first. */
    public List<FeedLine> feedLinesAbout(UserAccount person) {
        List<ActivityEntry> entries = feed.findAllAboutPerson(person.id());
        Map<Long, String> names =
                cohorts
                        .findAllById(entries.stream()
                                .map(ActivityEntry::getCohortId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Cohort::id, Cohort::getName, (one, same) -> one));
        // A feed line's cohort is always there: cohorts are archived, never deleted, and the key says so.
        return entries.stream()
                .map(entry -> new FeedLine(
                        Objects.requireNonNull(names.get(entry.getCohortId()), "cohort of a feed line"),
                                entry.getKind(),
                        entry.getDetail(), entry.getOccurredAt()))
                .toList();
    }
}
