package dev.studyportal.core.cohort;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a cohort's feed, for this feature and for others that have something to tell the cohort (the
 * assignments feature records {@link ActivityKind#ASSIGNMENT_FINISHED}). Like {@link CohortAccess} it is no
 * guarded service: it runs only inside its caller's transaction, whose own guard has already decided that
 * the person is acting for themselves, and it refuses a person who is not in the cohort.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CohortActivity {

    private final ActivityEntryRepository entries;
    private final CohortMemberRepository members;
    private final Clock clock;

    CohortActivity(ActivityEntryRepository entries, CohortMemberRepository members, Clock clock) {
        this.entries = entries;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Adds a line to the cohort's feed, dated now. Progress kinds show only while the person shares with the
     * cohort; the entry is kept either way, so that turning sharing on shows it.
     *
     * @param detail what the line names (an assignment's title; at most 200 characters are kept), or null
     * @throws NoSuchCohortException when the person is not in the cohort
     */
    public void record(long cohortId, long personId, ActivityKind kind, @Nullable String detail) {
        if (members.findMembership(cohortId, personId).isEmpty()) {
            throw new NoSuchCohortException(cohortId);
        }
        entries.save(new ActivityEntry(cohortId, personId, kind, detail, clock.instant()));
    }

    /** For comings and goings, where the membership is being made or has just gone. */
    void recordMembership(long cohortId, long personId, ActivityKind kind) {
        entries.save(new ActivityEntry(cohortId, personId, kind, null, clock.instant()));
    }

    /** A streak milestone, dated the day it was reached; once per run of days, however often the board is read. */
    void recordMilestone(
            long cohortId, long personId, int days, java.time.Instant runStart, java.time.Instant reached) {
        String detail = Integer.toString(days);
        if (!entries.existsSince(cohortId, personId, ActivityKind.STREAK_MILESTONE, detail, runStart)) {
            entries.save(new ActivityEntry(cohortId, personId, ActivityKind.STREAK_MILESTONE, detail, reached));
        }
    }
}
