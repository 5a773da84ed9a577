package dev.studyportal.webapp;

import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.cohort.CohortMember;
import dev.studyportal.core.cohort.CohortRole;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cohorts with their members stored directly, for tests of features that read cohorts (shared notes) and
 * need no invitation or joining to get there. The first person named owns the cohort.
 */
public final class TestCohortRows {

    private TestCohortRows() {}

    public static long cohort(
            TransactionTemplate transaction,
            EntityManager entityManager,
            String name,
            Instant at,
            String owner,
            String... members) {
        return transaction.execute(status -> {
            Cohort cohort = new Cohort(name, null, ZoneId.of("UTC"), at);
            entityManager.persist(cohort);
            entityManager.persist(new CohortMember(cohort, account(entityManager, owner), CohortRole.OWNER, at));
            for (String member : members) {
                entityManager.persist(new CohortMember(cohort, account(entityManager, member), CohortRole.MEMBER, at));
            }
            return cohort.id();
        });
    }

    private static UserAccount account(EntityManager entityManager, String username) {
        return entityManager
                .createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
