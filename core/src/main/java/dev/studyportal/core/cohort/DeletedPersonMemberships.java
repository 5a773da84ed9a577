package dev.studyportal.core.cohort;

import dev.studyportal.core.account.AccountDeleting;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account leaves its cohorts, in the transaction that deletes it: its memberships, its lines in
 * the feeds and the invitations it made go. A cohort whose only owner goes is handed to whoever has taught
 * in it longest, else to its longest-standing member, so that no cohort is left that nobody can manage; a
 * cohort left with nobody at all is archived.
 */
@Component
class DeletedPersonMemberships {

    private final CohortMemberRepository members;
    private final CohortRepository cohorts;
    private final CohortInviteRepository invites;
    private final ActivityEntryRepository feed;

    DeletedPersonMemberships(
            CohortMemberRepository members,
            CohortRepository cohorts,
            CohortInviteRepository invites,
            ActivityEntryRepository feed) {
        this.members = members;
        this.cohorts = cohorts;
        this.invites = invites;
        this.feed = feed;
    }

    @EventListener
    void forget(AccountDeleting deletion) {
        long personId = deletion.accountId();
        feed.deleteAllOfPerson(personId);
        invites.deleteAll(invites.findAllMadeBy(personId));
        for (CohortMember membership : members.findAllOfPerson(personId)) {
            long cohortId = membership.getCohort().id();
            cohorts.lockById(cohortId);
            if (membership.getRole().owns() && members.lockOwners(cohortId).size() <= 1) {
                List<CohortMember> successors = members.findSuccessors(cohortId, personId);
                if (successors.isEmpty()) {
                    membership.getCohort().archive();
                } else {
                    successors.getFirst().changeRole(CohortRole.OWNER);
                }
            }
            members.delete(membership);
        }
        members.flush();
    }
}
