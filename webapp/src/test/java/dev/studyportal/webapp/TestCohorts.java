package dev.studyportal.webapp;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.cohort.CohortDraft;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.CohortSummary;
import dev.studyportal.core.cohort.InviteDraft;
import dev.studyportal.core.cohort.MemberStanding;
import java.time.ZoneId;
import java.util.Map;

/**
 * Cohorts for tests, made the way people make them: the owner creates one and sends invitations, the others
 * join, and the owner gives each their role. Idempotent, so tests that share a portal (and a database
 * other tests empty) can call it before each test.
 */
public final class TestCohorts {

    private TestCohorts() {}

    /**
     * The owner's cohort of that name, made if missing, with each person in it holding the given role.
     *
     * @return the cohort's id
     */
    public static long ensure(
            CohortService cohorts, AccountService accounts, String owner, String name, Map<String, CohortRole> people) {
        TestLearners.ensure(accounts, owner);
        people.keySet().forEach(person -> TestLearners.ensure(accounts, person));
        long id = TestLearners.asLearner(
                owner,
                () -> cohorts.cohorts(owner).stream()
                        .filter(cohort ->
                                cohort.name().equals(name) && cohort.role().owns())
                        .mapToLong(CohortSummary::id)
                        .findFirst()
                        .orElseGet(() -> cohorts.create(owner, new CohortDraft(name, null, ZoneId.of("UTC")))));
        people.forEach((person, role) -> {
            boolean in = TestLearners.asLearner(
                    person, () -> cohorts.cohorts(person).stream().anyMatch(c -> c.id() == id));
            if (!in) {
                String code = TestLearners.asLearner(
                        owner,
                        () -> cohorts.createInvite(owner, id, InviteDraft.defaults())
                                .code());
                TestLearners.signedInAs(person, () -> cohorts.join(person, code));
            }
            TestLearners.signedInAs(owner, () -> {
                MemberStanding member = cohorts.board(owner, id).members().stream()
                        .filter(m -> m.displayName().equals("Test " + person))
                        .findFirst()
                        .orElseThrow();
                if (member.role() != role) {
                    cohorts.changeRole(owner, id, member.memberId(), role);
                }
            });
        });
        return id;
    }

    /** The membership id of a person in a cohort, as the role and removal methods take it. */
    public static long memberId(CohortService cohorts, String viewer, long cohortId, String person) {
        return TestLearners.asLearner(
                viewer,
                () -> cohorts.board(viewer, cohortId).members().stream()
                        .filter(m -> m.displayName().equals("Test " + person))
                        .findFirst()
                        .orElseThrow()
                        .memberId());
    }
}
