package dev.studyportal.webapp.security.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.cohort.NoSuchCohortException;
import dev.studyportal.core.note.CohortNote;
import dev.studyportal.core.note.NoteService;
import dev.studyportal.core.note.SharedNoteService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestCohortRows;
import dev.studyportal.webapp.TestLearners;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shared notes through the guarded service, by the callers that matter to them: the author, a member of the
 * author's cohort, a member of another cohort, a learner in no cohort, and a visitor not signed in. Each call
 * is made in the caller's own name (what the guard lets through) and then in the author's (what it must not).
 */
@PortalTest
class SharedNotesAcrossCohortsTest {

    static final String AUTHOR = "shared-author";
    static final String MEMBER = "shared-member";
    static final String OTHER_COHORT = "shared-elsewhere";
    static final String NO_COHORT = "shared-loner";

    @Autowired
    AccountService accounts;

    @Autowired
    SharedNoteService shared;

    @Autowired
    NoteService notes;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    long question;
    long cohortA;
    long cohortB;

    @BeforeEach
    void twoCohorts() {
        Stream.of(AUTHOR, MEMBER, OTHER_COHORT, NO_COHORT).forEach(name -> TestLearners.ensure(accounts, name));
        question = jdbc.queryForObject("SELECT MIN(id) FROM question WHERE retired = FALSE", Long.class);
        jdbc.update(
                "DELETE FROM shared_note WHERE user_account_id IN (SELECT id FROM user_account WHERE username LIKE 'shared-%')");
        jdbc.update(
                "DELETE FROM cohort_member WHERE user_account_id IN (SELECT id FROM user_account WHERE username LIKE 'shared-%')");
        cohortA = TestCohortRows.cohort(
                transaction, entityManager, "Cohort A", clock.instant().minus(Duration.ofHours(1)), AUTHOR, MEMBER);
        cohortB = TestCohortRows.cohort(
                transaction, entityManager, "Cohort B", clock.instant().minus(Duration.ofHours(1)), OTHER_COHORT);
        TestLearners.signedInAs(AUTHOR, () -> {
            notes.save(AUTHOR, question, "Shared with cohort A only.");
            shared.share(AUTHOR, question, cohortA);
        });
    }

    @Test
    void only_members_of_the_authors_cohort_read_the_shared_note() {
        assertThat(as(MEMBER, () -> shared.sharedWith(MEMBER, question)))
                .extracting(CohortNote::body)
                .containsExactly("Shared with cohort A only.");
        assertThat(as(OTHER_COHORT, () -> shared.sharedWith(OTHER_COHORT, question)))
                .isEmpty();
        assertThat(as(NO_COHORT, () -> shared.sharedWith(NO_COHORT, question))).isEmpty();
        assertThat(as(AUTHOR, () -> shared.sharedWith(AUTHOR, question))).isEmpty();
    }

    @Test
    void nobody_reads_or_shares_in_the_authors_name_and_a_visitor_not_at_all() {
        for (String caller : new String[] {MEMBER, OTHER_COHORT, NO_COHORT}) {
            assertThatThrownBy(() -> as(caller, () -> shared.sharedWith(AUTHOR, question)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(caller, () -> shared.sharing(AUTHOR, question)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(caller, () -> shared.withdraw(AUTHOR, question, cohortA)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(caller, () -> {
                        shared.share(AUTHOR, question, cohortA);
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> shared.sharedWith(AUTHOR, question))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThat(as(MEMBER, () -> shared.sharedWith(MEMBER, question))).hasSize(1);
    }

    @Test
    void a_member_of_another_cohort_can_neither_share_into_nor_withdraw_from_cohort_a_by_its_id() {
        as(OTHER_COHORT, () -> notes.save(OTHER_COHORT, question, "Meant for A."));

        assertThatThrownBy(() -> as(OTHER_COHORT, () -> {
                    shared.share(OTHER_COHORT, question, cohortA);
                    return null;
                }))
                .isInstanceOf(NoSuchCohortException.class);
        assertThatThrownBy(() -> as(NO_COHORT, () -> shared.withdraw(NO_COHORT, question, cohortA)))
                .isInstanceOf(NoSuchCohortException.class);
        assertThat(as(OTHER_COHORT, () -> shared.sharing(OTHER_COHORT, question)))
                .singleElement()
                .satisfies(sharing -> assertThat(sharing.cohortId()).isEqualTo(cohortB));
        assertThat(as(MEMBER, () -> shared.sharedWith(MEMBER, question)))
                .extracting(CohortNote::authorName)
                .containsExactly("Test " + AUTHOR);
    }

    @Test
    void the_author_withdraws_and_the_member_reads_nothing_more() {
        assertThat(as(AUTHOR, () -> shared.withdraw(AUTHOR, question, cohortA))).isTrue();

        assertThat(as(MEMBER, () -> shared.sharedWith(MEMBER, question))).isEmpty();
    }

    private static <T> T as(String username, Supplier<T> call) {
        return TestLearners.asLearner(username, call);
    }
}
