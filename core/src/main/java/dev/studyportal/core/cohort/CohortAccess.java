package dev.studyportal.core.cohort;

import dev.studyportal.core.account.UserAccount;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides what a person may do in a cohort, for every feature that acts on one
 * (membership, invites, sharing, assignments, analytics). It is not a guarded service: its callers are
 * services whose own guard has already tied the account to the signed-in person ({@code @OwnData}), and
 * each asks here before it reads or changes anything of the cohort. Someone outside the cohort learns
 * nothing, not even that it exists.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class CohortAccess {

    private final CohortMemberRepository members;

    CohortAccess(CohortMemberRepository members) {
        this.members = members;
    }

    /** Every cohort the person is in, archived ones too, by cohort name. */
    public List<CohortMember> memberships(UserAccount person) {
        return members.findAllOfPerson(person.id());
    }

    /** @throws NoSuchCohortException when the person is not in the cohort (or there is none) */
    public CohortMember member(long cohortId, UserAccount person) {
        return members.findMembership(cohortId, person.id()).orElseThrow(() -> new NoSuchCohortException(cohortId));
    }

    /**
     * An owner or instructor of a cohort that is not archived, about to change what the cohort teaches.
     *
     * @throws NoSuchCohortException      when the person is not in the cohort
     * @throws CohortPermissionException when they only study in it, or it is archived
     */
    public CohortMember teacher(long cohortId, UserAccount person) {
        CohortMember member = member(cohortId, person);
        if (!member.getRole().teaches()) {
            throw new CohortPermissionException("Only the cohort's owners and instructors can do this.");
        }
        return writable(member);
    }

    /**
     * An owner or instructor, reading what only they see (progress on assignments, analytics); an archived
     * cohort is still read.
     */
    public CohortMember teacherReading(long cohortId, UserAccount person) {
        CohortMember member = member(cohortId, person);
        if (!member.getRole().teaches()) {
            throw new CohortPermissionException("Only the cohort's owners and instructors can see this.");
        }
        return member;
    }

    /** An owner of a cohort that is not archived, about to manage it. */
    public CohortMember owner(long cohortId, UserAccount person) {
        CohortMember member = member(cohortId, person);
        if (!member.getRole().owns()) {
            throw new CohortPermissionException("Only the cohort's owners can do this.");
        }
        return writable(member);
    }

    /** A member of a cohort that is not archived, about to change something in it. */
    public CohortMember writableMember(long cohortId, UserAccount person) {
        return writable(member(cohortId, person));
    }

    private static CohortMember writable(CohortMember member) {
        if (member.getCohort().isArchived()) {
            throw new CohortPermissionException("This cohort is archived: it can be read but not changed.");
        }
        return member;
    }
}
