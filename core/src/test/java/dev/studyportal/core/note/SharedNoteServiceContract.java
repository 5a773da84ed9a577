package dev.studyportal.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studyportal.core.account.Learners;
import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.cohort.CohortMember;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.cohort.NoSuchCohortException;
import dev.studyportal.core.content.Section;
import dev.studyportal.core.privacy.PersonalData;
import dev.studyportal.core.privacy.PersonalDataExport;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.core.testsupport.TestBank;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shared notes among two cohorts: A with Ana (owner) and Bob, B with Ana, Bob and Carl; Dora is in none. Each
 * reader sees only what members of their own cohorts share, and never after the author has left.
 */
abstract class SharedNoteServiceContract {

    static final Instant START = Instant.parse("2026-11-25T10:30:00Z");

    @Autowired
    SharedNoteService sharedNotes;

    @Autowired
    NoteService notes;

    @Autowired
    PersonalDataExport export;

    @Autowired
    Learners users;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestBank bank;

    @Autowired
    MutableClock clock;

    long question;
    long otherQuestion;
    long cohortA;
    long cohortB;

    @BeforeEach
    void twoCohortsAndADoraInNone() {
        bank.reset(START);
        bank.learners("ana", "bob", "carl", "dora");
        bank.write(content -> {
            Section section = content.section(content.page("ml", "Machine learning"), "basics", "Basics");
            question = content.question(section, "What is overfitting?");
            otherQuestion = content.question(section, "What is bias?");
            cohortA = cohort("Cohort A", "ana", "bob");
            cohortB = cohort("Cohort B", "ana", "bob", "carl");
        });
        clock.set(START.plus(Duration.ofMinutes(5)));
    }

    private long cohort(String name, String owner, String... members) {
        Cohort cohort = new Cohort(name, null, ZoneId.of("UTC"), clock.instant());
        entityManager.persist(cohort);
        entityManager.persist(
                new CohortMember(cohort, users.requireByUsername(owner), CohortRole.OWNER, clock.instant()));
        for (String member : members) {
            entityManager.persist(
                    new CohortMember(cohort, users.requireByUsername(member), CohortRole.MEMBER, clock.instant()));
        }
        return cohort.id();
    }

    @Test
    void a_shared_note_shows_to_members_of_that_cohort_only_with_its_author_and_date() {
        notes.save("ana", question, "Regularise, or get more data.");

        sharedNotes.share("ana", question, cohortA);

        CohortNote expected = new CohortNote(
                cohortA, "Cohort A", "Ana", "Regularise, or get more data.", START.plus(Duration.ofMinutes(5)));
        assertThat(sharedNotes.sharedWith("bob", question)).containsExactly(expected);
        assertThat(sharedNotes.sharedWith("carl", question))
                .as("a member of another cohort")
                .isEmpty();
        assertThat(sharedNotes.sharedWith("dora", question)).as("in no cohort").isEmpty();
        assertThat(sharedNotes.sharedWith("ana", question))
                .as("the author's own is not repeated to her")
                .isEmpty();
        assertThat(sharedNotes.sharedWith("bob", otherQuestion)).isEmpty();
        assertThat(sharedNotes.sharing("ana", question))
                .containsExactly(
                        new NoteSharing(cohortA, "Cohort A", false, START.plus(Duration.ofMinutes(5)), true),
                        new NoteSharing(cohortB, "Cohort B", false, null, false));
    }

    @Test
    void the_copy_shared_stays_as_it_was_until_the_author_shares_again() {
        notes.save("ana", question, "First thought.");
        sharedNotes.share("ana", question, cohortB);
        clock.set(START.plus(Duration.ofHours(1)));

        notes.save("ana", question, "First thought. A private second one.");

        assertThat(sharedNotes.sharedWith("carl", question))
                .extracting(CohortNote::body)
                .containsExactly("First thought.");
        assertThat(sharedNotes.sharing("ana", question).get(1).upToDate()).isFalse();

        sharedNotes.share("ana", question, cohortB);

        assertThat(sharedNotes.sharedWith("carl", question)).singleElement().satisfies(note -> {
            assertThat(note.body()).isEqualTo("First thought. A private second one.");
            assertThat(note.sharedAt()).isEqualTo(START.plus(Duration.ofHours(1)));
        });
        assertThat(sharedNotes.sharing("ana", question).get(1).upToDate()).isTrue();
    }

    @Test
    void nobody_shares_into_a_cohort_they_are_not_in_nor_an_empty_note_nor_into_an_archived_cohort() {
        notes.save("carl", question, "Carl's note.");
        notes.save("dora", question, "Dora's note.");

        assertThatThrownBy(() -> sharedNotes.share("carl", question, cohortA))
                .isInstanceOf(NoSuchCohortException.class);
        assertThatThrownBy(() -> sharedNotes.share("dora", question, cohortB))
                .isInstanceOf(NoSuchCohortException.class);
        assertThatThrownBy(() -> sharedNotes.share("bob", question, cohortA))
                .isInstanceOf(CannotShareNoteException.class)
                .hasMessage("Your note on this question is empty: write it first, then share it.");
        transaction.executeWithoutResult(
                status -> entityManager.find(Cohort.class, cohortA).archive());
        notes.save("bob", question, "Bob's note.");
        assertThatThrownBy(() -> sharedNotes.share("bob", question, cohortA))
                .isInstanceOf(CohortPermissionException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shared_note", Integer.class))
                .isZero();
    }

    @Test
    void the_author_withdraws_a_shared_note_and_only_their_own() {
        notes.save("ana", question, "Ana's note.");
        sharedNotes.share("ana", question, cohortB);

        assertThatThrownBy(() -> sharedNotes.withdraw("dora", question, cohortB))
                .isInstanceOf(NoSuchCohortException.class);
        assertThat(sharedNotes.withdraw("carl", question, cohortB))
                .as("Carl has nothing shared to withdraw")
                .isFalse();
        assertThat(sharedNotes.sharedWith("carl", question)).hasSize(1);

        assertThat(sharedNotes.withdraw("ana", question, cohortB)).isTrue();

        assertThat(sharedNotes.sharedWith("carl", question)).isEmpty();
        assertThat(notes.note("ana", question)).isEqualTo("Ana's note.");
    }

    @Test
    void a_member_who_leaves_takes_their_shared_notes_out_of_sight_and_rejoining_does_not_bring_them_back() {
        notes.save("bob", question, "Bob's note.");
        sharedNotes.share("bob", question, cohortB);
        notes.save("carl", question, "Carl's note.");
        sharedNotes.share("carl", question, cohortB);
        assertThat(sharedNotes.sharedWith("ana", question))
                .extracting(CohortNote::authorName)
                .containsExactly("Carl", "Bob");

        long bobId = users.requireByUsername("bob").id();
        jdbc.update("DELETE FROM cohort_member WHERE cohort_id = ? AND user_account_id = ?", cohortB, bobId);

        assertThat(sharedNotes.sharedWith("ana", question))
                .extracting(CohortNote::authorName)
                .containsExactly("Carl");
        assertThat(sharedNotes.sharedWith("bob", question))
                .as("nor does Bob read B's notes any more")
                .isEmpty();
        assertThat(sharedNotes.sharing("bob", question))
                .extracting(NoteSharing::cohortName)
                .containsExactly("Cohort A");

        clock.set(START.plus(Duration.ofDays(1)));
        transaction.executeWithoutResult(status -> entityManager.persist(new CohortMember(
                entityManager.find(Cohort.class, cohortB),
                users.requireByUsername("bob"),
                CohortRole.MEMBER,
                clock.instant())));

        assertThat(sharedNotes.sharedWith("ana", question))
                .extracting(CohortNote::authorName)
                .containsExactly("Carl");
        assertThat(sharedNotes.sharing("bob", question).get(1).shared()).isFalse();
        sharedNotes.share("bob", question, cohortB);
        assertThat(sharedNotes.sharedWith("ana", question))
                .extracting(CohortNote::authorName)
                .containsExactly("Bob", "Carl");
    }

    @Test
    void the_authors_data_export_holds_the_copies_they_shared_beside_their_own_note() {
        notes.save("ana", question, "As shared.");
        sharedNotes.share("ana", question, cohortA);
        notes.save("ana", question, "Edited since.");

        assertThat(export.collect("ana").notes())
                .extracting(PersonalData.NoteEntry::visibility, PersonalData.NoteEntry::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PRIVATE", "Edited since."),
                        org.assertj.core.groups.Tuple.tuple("COHORT Cohort A", "As shared."));
        assertThat(export.collect("bob").notes()).isEmpty();
    }
}
