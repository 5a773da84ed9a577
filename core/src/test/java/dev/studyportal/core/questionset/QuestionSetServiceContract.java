package dev.studyportal.core.questionset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import dev.studyportal.core.account.Learners;
import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.Section;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.testsupport.MutableClock;
import dev.studyportal.core.testsupport.TestBank;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/** Question sets; run on MariaDB and on the embedded H2 alike (element collections, index(), aggregates). */
abstract class QuestionSetServiceContract {

    static final Instant START = Instant.parse("2026-11-25T10:30:00Z");

    @Autowired
    QuestionSetService service;

    @Autowired
    QuestionSets lookup;

    @Autowired
    Learners accountsRepository;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestBank bank;

    @Autowired
    MutableClock clock;
    /** The assignments feature's answer, which these tests choose. */
    @MockitoBean
    QuestionSetUsage usage;

    long basicsSection;
    List<Long> basics = List.of();
    List<Long> design = List.of();

    @BeforeEach
    void aBankOfTwoSectionsAndTwoAuthors() {
        bank.reset(START);
        bank.write(content -> {
            Page ml = content.page("ml", "Machine learning", page -> page.withSidebarPosition(1));
            Page sys = content.page("sys", "Systems", page -> page.withSidebarPosition(2));
            Section basicsOfMl = content.section(ml, "basics", "Basics");
            basicsSection = basicsOfMl.id();
            basics = content.questions(basicsOfMl, 3);
            design = content.questions(content.section(sys, "design", "Design"), 4);
        });
        bank.learners("ana", "bob");
        when(usage.isAssigned(anyLong())).thenReturn(false);
    }

    long aSet(String name) {
        return service.create("ana", new QuestionSetDraft(name, null));
    }

    @Test
    void a_new_set_is_empty_and_listed_with_its_size() {
        long id = service.create("ana", new QuestionSetDraft("  ML fundamentals ", "For the first week"));

        assertThat(service.sets("ana"))
                .containsExactly(new QuestionSetSummary(id, "ML fundamentals", "For the first week", 0, 0, START));
        assertThat(service.questions("ana", id)).isEmpty();
        assertThat(service.sets("bob")).isEmpty();
    }

    @Test
    void a_set_without_a_name_or_with_too_long_a_description_is_refused_field_by_field_and_not_saved() {
        assertThatThrownBy(() -> service.create("ana", new QuestionSetDraft("  ", "x".repeat(1001))))
                .isInstanceOfSatisfying(
                        InvalidQuestionSetException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("name", "Give the set a name.")
                                .containsEntry(
                                        "description",
                                        "Keep the description to 1000 characters or fewer; this one has 1001."));
        assertThatThrownBy(() -> service.create("ana", new QuestionSetDraft("n".repeat(101), null)))
                .isInstanceOfSatisfying(
                        InvalidQuestionSetException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("name"));

        assertThat(service.sets("ana")).isEmpty();
    }

    @Test
    void questions_join_at_the_end_in_the_order_given_and_never_twice() {
        long id = aSet("Mixed");

        assertThat(service.add("ana", id, List.of(design.get(1), basics.get(0))))
                .isEqualTo(2);
        assertThat(service.add("ana", id, List.of(basics.get(0), basics.get(2), basics.get(2))))
                .isEqualTo(1);

        assertThat(service.questions("ana", id))
                .containsExactly(
                        new QuestionSetItem(design.get(1), 0, "2", "Design question 2?", "Systems", "Design", false),
                        new QuestionSetItem(
                                basics.get(0), 1, "1", "Basics question 1?", "Machine learning", "Basics", false),
                        new QuestionSetItem(
                                basics.get(2), 2, "3", "Basics question 3?", "Machine learning", "Basics", false));
    }

    @Test
    void renaming_and_changing_note_when_the_set_was_changed() {
        long id = aSet("Draft");
        clock.set(START.plus(Duration.ofHours(2)));

        service.describe("ana", id, new QuestionSetDraft("Week one", "Warm-up"));

        QuestionSetSummary set = service.set("ana", id);
        assertThat(set.name()).isEqualTo("Week one");
        assertThat(set.description()).isEqualTo("Warm-up");
        assertThat(set.updatedAt()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> service.describe("ana", id, new QuestionSetDraft("", null)))
                .isInstanceOf(InvalidQuestionSetException.class);
        assertThat(service.set("ana", id).name()).isEqualTo("Week one");
    }

    @Test
    void a_set_of_five_thousand_questions_is_refused_whole_and_nothing_is_added() {
        long id = aSet("Everything");
        service.add("ana", id, basics);

        List<Long> tooMany =
                LongStream.rangeClosed(2_000_001, 2_005_000).boxed().toList();
        assertThatThrownBy(() -> service.add("ana", id, tooMany))
                .isInstanceOfSatisfying(
                        InvalidQuestionSetException.class,
                        e -> assertThat(e.errors().get("questions"))
                                .isEqualTo(
                                        "A set holds at most 500 questions. This one has 3, and these would add 5000 more: "
                                                + "add at most 497, or start another set for the rest."));
        // One past the limit is as refused as thousands past it.
        List<Long> oneTooMany =
                LongStream.rangeClosed(1_000_001, 1_000_498).boxed().toList();
        assertThatThrownBy(() -> service.add("ana", id, oneTooMany)).isInstanceOf(InvalidQuestionSetException.class);

        assertThat(service.questions("ana", id))
                .extracting(QuestionSetItem::questionId)
                .containsExactlyElementsOf(basics);
    }

    @Test
    void unknown_and_retired_questions_are_refused_and_the_known_ones_with_them_are_not_added() {
        long id = aSet("Careful");
        bank.write(content -> content.question(design.get(3)).retire());

        assertThatThrownBy(() -> service.add("ana", id, List.of(basics.get(0), 987_654_321L)))
                .isInstanceOfSatisfying(
                        InvalidQuestionSetException.class,
                        e -> assertThat(e.errors().get("questions"))
                                .startsWith(
                                        "One question is not in the question bank (id 987654321); nothing was added."));
        assertThatThrownBy(() -> service.add("ana", id, List.of(basics.get(0), design.get(3))))
                .isInstanceOfSatisfying(
                        InvalidQuestionSetException.class,
                        e -> assertThat(e.errors().get("questions"))
                                .startsWith(
                                        "One of these questions has been retired from the question bank; nothing was added."));
        assertThatThrownBy(() -> service.add("ana", id, List.of())).hasMessage("Choose at least one question to add.");

        assertThat(service.questions("ana", id)).isEmpty();
    }

    @Test
    void a_question_the_bank_retires_later_stays_in_the_set_marked_retired() {
        long id = aSet("Kept");
        service.add("ana", id, List.of(basics.get(0), basics.get(1)));

        bank.write(content -> content.question(basics.get(1)).retire());

        assertThat(service.questions("ana", id))
                .extracting(QuestionSetItem::retired)
                .containsExactly(false, true);
        QuestionSetSummary set = service.set("ana", id);
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.retired()).isEqualTo(1);
    }

    @Test
    void questions_move_up_and_down_and_leave_the_set() {
        long id = aSet("Ordered");
        service.add("ana", id, basics);

        service.move("ana", id, basics.get(2), 0);
        assertThat(ids(id)).containsExactly(basics.get(2), basics.get(0), basics.get(1));
        service.move("ana", id, basics.get(2), 99);
        assertThat(ids(id)).containsExactly(basics.get(0), basics.get(1), basics.get(2));

        assertThat(service.remove("ana", id, basics.get(1))).isTrue();
        assertThat(service.remove("ana", id, basics.get(1))).isFalse();
        assertThat(ids(id)).containsExactly(basics.get(0), basics.get(2));
        assertThatThrownBy(() -> service.move("ana", id, basics.get(1), 0))
                .isInstanceOf(InvalidQuestionSetException.class);
    }

    @Test
    void everything_a_library_search_finds_joins_in_the_library_order() {
        long id = aSet("Basics");
        service.add("ana", id, List.of(basics.get(1)));

        int added = service.addFound("ana", id, LibraryFilter.all().inSection(basicsSection));

        assertThat(added).isEqualTo(2);
        assertThat(ids(id)).containsExactly(basics.get(1), basics.get(0), basics.get(2));
        assertThatThrownBy(() -> service.addFound("ana", id, LibraryFilter.all().matching("nothingmatchesthis")))
                .hasMessage("This search finds no question, so there is nothing to add.");
    }

    @Test
    void someone_elses_set_is_no_such_set_for_every_call() {
        long anas = aSet("Ana's");
        service.add("ana", anas, List.of(basics.get(0)));

        assertThatThrownBy(() -> service.set("bob", anas)).isInstanceOf(NoSuchQuestionSetException.class);
        assertThatThrownBy(() -> service.questions("bob", anas)).isInstanceOf(NoSuchQuestionSetException.class);
        assertThatThrownBy(() -> service.describe("bob", anas, new QuestionSetDraft("Mine now", null)))
                .isInstanceOf(NoSuchQuestionSetException.class);
        assertThatThrownBy(() -> service.add("bob", anas, List.of(basics.get(1))))
                .isInstanceOf(NoSuchQuestionSetException.class);
        assertThatThrownBy(() -> service.addFound("bob", anas, LibraryFilter.all()))
                .isInstanceOf(NoSuchQuestionSetException.class);
        assertThatThrownBy(() -> service.remove("bob", anas, basics.get(0)))
                .isInstanceOf(NoSuchQuestionSetException.class);
        assertThatThrownBy(() -> service.move("bob", anas, basics.get(0), 0))
                .isInstanceOf(NoSuchQuestionSetException.class);
        assertThatThrownBy(() -> service.delete("bob", anas)).isInstanceOf(NoSuchQuestionSetException.class);

        assertThat(service.set("ana", anas).name()).isEqualTo("Ana's");
        assertThat(ids(anas)).containsExactly(basics.get(0));
    }

    @Test
    void a_set_goes_when_deleted_unless_an_assignment_uses_it() {
        long assigned = aSet("Assigned");
        long spare = aSet("Spare");
        service.add("ana", spare, basics);
        when(usage.isAssigned(assigned)).thenReturn(true);

        assertThatThrownBy(() -> service.delete("ana", assigned))
                .isInstanceOf(QuestionSetInUseException.class)
                .hasMessageStartingWith("\"Assigned\" is assigned to a cohort");
        service.delete("ana", spare);

        assertThat(service.sets("ana")).extracting(QuestionSetSummary::name).containsExactly("Assigned");
    }

    @Test
    void other_features_read_a_set_they_reached_as_the_same_rows_and_its_size() {
        long id = aSet("Assigned");
        service.add("ana", id, List.of(design.get(0), basics.get(0)));

        transaction.executeWithoutResult(status -> {
            QuestionSet set = lookup.require(id);
            assertThat(set.size()).isEqualTo(2);
            assertThat(lookup.items(set)).isEqualTo(service.questions("ana", id));
        });
        assertThatThrownBy(() -> transaction.executeWithoutResult(
                        status -> lookup.authoredBy(accountsRepository.requireByUsername("bob"), id)))
                .isInstanceOf(NoSuchQuestionSetException.class);
    }

    private List<Long> ids(long setId) {
        return service.questions("ana", setId).stream()
                .map(QuestionSetItem::questionId)
                .toList();
    }
}
