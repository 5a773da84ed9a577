package dev.studyportal.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.QuestionContent;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.core.content.Section;
import dev.studyportal.core.review.CardStatus;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.TestBank;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The library's search and filters, held to the same answers on every database the portal runs on. */
abstract class LibraryServiceContract {

    @Autowired
    LibraryService library;

    @Autowired
    ReviewService reviews;

    @Autowired
    QuestionRepository questions;

    @Autowired
    TestBank bank;

    private long l1;
    private long adam;
    private long dropout;

    @BeforeEach
    void aSmallBank() {
        bank.reset();
        bank.write(content -> {
            Page ml = content.page(
                    "ml",
                    "Machine learning",
                    page -> page.withSidebarPosition(1).withTags(List.of("basics")));
            Section regularization = content.section(ml, "regularization", "Regularization");
            Section optimizers = content.section(content.page("dl", "Deep learning"), "optimizers", "Optimizers");
            l1 = content.question(
                    regularization, "What is L1 regularization?", "It adds the **absolute** weights to the loss.");
            dropout =
                    content.question(regularization, "What is dropout?", "Randomly zeroes activations; a regularizer.");
            adam = content.question(optimizers, "How does Adam work?", "Momentum plus per-parameter learning rates.");
        });
        bank.learners("ana", "bob");
    }

    @Test
    void words_are_found_in_answers_by_their_beginning() {
        assertThat(ids(LibraryFilter.all().matching("regular"))).containsExactlyInAnyOrder(l1, dropout);
        assertThat(ids(LibraryFilter.all().matching("ABSOLUTE"))).containsExactly(l1);
        assertThat(ids(LibraryFilter.all().matching("momentum rates"))).containsExactly(adam);
        assertThat(ids(LibraryFilter.all().matching("momentum dropout"))).isEmpty();
        assertThat(ids(LibraryFilter.all().matching("%"))).hasSize(3);
    }

    @Test
    void an_unlisted_page_is_offered_in_no_list_but_its_questions_stay_reachable() {
        long hidden = bank.writeAndGet(content -> content.question(
                content.section(
                        content.page(
                                "secret", "Secret", page -> TestBank.unlisted(page.withTags(List.of("hidden-tag")))),
                        "s",
                        "S"),
                "What is regularization's secret?",
                "None."));

        assertThat(ids(LibraryFilter.all().matching("regularization"))).doesNotContain(hidden);
        assertThat(library.count("ana", LibraryFilter.all())).isEqualTo(3);
        assertThat(library.pages()).extracting(PageOption::title).doesNotContain("Secret");
        assertThat(library.tags()).doesNotContain("hidden-tag");
        assertThat(reviews.agenda("ana").newToday())
                .as("unlisted questions are not offered as new")
                .isEqualTo(3);
        assertThat(questions.findById(hidden)).isPresent();
    }

    @Test
    void status_and_bookmark_are_the_learners_own() {
        reviews.rate("ana", adam, Rating.GOOD, Duration.ofSeconds(1));
        reviews.toggleBookmark("ana", l1);

        assertThat(ids(LibraryFilter.all().withStatus(CardStatus.LEARNING))).containsExactly(adam);
        assertThat(ids(LibraryFilter.all().withStatus(CardStatus.NEW))).containsExactlyInAnyOrder(l1, dropout);
        assertThat(ids(LibraryFilter.all().bookmarked(true))).containsExactly(l1);
        assertThat(library.find("bob", LibraryFilter.all().bookmarked(true), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(library.find("bob", LibraryFilter.all().withStatus(CardStatus.NEW), PageRequest.of(0, 10)))
                .hasSize(3);
    }

    @Test
    void changed_questions_are_those_edited_after_the_learners_last_review() {
        reviews.rate("ana", dropout, Rating.GOOD, Duration.ofSeconds(1));
        bank.write(content -> content.question(dropout)
                .rewrite(new QuestionContent("What is dropout?", "Randomly zeroes activations while training.")));

        assertThat(library.find("ana", LibraryFilter.all().changed(true), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.id()).isEqualTo(dropout);
                    assertThat(entry.changedSinceLastReview()).isTrue();
                });
        assertThat(ids(LibraryFilter.all().matching("training"))).containsExactly(dropout);
        assertThat(ids(LibraryFilter.all().matching("regularizer"))).isEmpty();
    }

    @Test
    void page_section_and_tag_narrow_the_list_and_the_count_agrees() {
        long ml = library.pages().getFirst().id();

        assertThat(ids(LibraryFilter.all().onPage(ml))).containsExactly(l1, dropout);
        assertThat(ids(LibraryFilter.all().tagged("basics"))).containsExactly(l1, dropout);
        assertThat(library.tags()).containsExactly("basics");
        assertThat(library.count("ana", LibraryFilter.all().tagged("basics"))).isEqualTo(2);
        assertThat(library.count("ana", LibraryFilter.all())).isEqualTo(3);
    }

    private List<Long> ids(LibraryFilter filter) {
        return library.find("ana", filter, PageRequest.of(0, 50)).stream()
                .map(LibraryEntry::id)
                .toList();
    }
}
