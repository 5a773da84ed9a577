package dev.studyportal.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.PageDescription;
import dev.studyportal.core.content.PageRepository;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.content.QuestionContent;
import dev.studyportal.core.content.QuestionKey;
import dev.studyportal.core.content.QuestionPlacement;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.core.content.Section;
import dev.studyportal.core.content.SectionRepository;
import dev.studyportal.core.review.CardStatus;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** The library's search and filters, held to the same answers on every database the portal runs on. */
abstract class LibraryServiceContract {

    @Autowired
    LibraryService library;
    @Autowired
    ReviewService reviews;
    @Autowired
    AccountService accounts;
    @Autowired
    PageRepository pages;
    @Autowired
    SectionRepository sections;
    @Autowired
    QuestionRepository questions;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;

    private long l1;
    private long adam;
    private long dropout;

    @BeforeEach
    void aSmallBank() {
        DatabaseCleaner.empty(dataSource);
        transaction.executeWithoutResult(status -> {
            Page ml = pages.save(new Page("ml", "ml.md", "Machine learning"));
            ml.describe(PageDescription.of("ml.md", "Machine learning").withSidebarPosition(1).withTags(List.of("basics")));
            Page dl = pages.save(new Page("dl", "dl.md", "Deep learning"));
            Section regularization = sections.save(new Section(ml, "regularization", "Regularization", 0));
            Section optimizers = sections.save(new Section(dl, "optimizers", "Optimizers", 0));
            l1 = save(regularization, "What is L1 regularization?", "It adds the **absolute** weights to the loss.", 0);
            dropout = save(regularization, "What is dropout?", "Randomly zeroes activations; a regularizer.", 1);
            adam = save(optimizers, "How does Adam work?", "Momentum plus per-parameter learning rates.", 0);
        });
        accounts.create(new SignUp("ana", "Ana", null, "a long password"), EnumSet.of(Role.LEARNER));
        accounts.create(new SignUp("bob", "Bob", null, "a long password"), EnumSet.of(Role.LEARNER));
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
        long hidden = transaction.execute(status -> {
            Page secret = pages.save(new Page("secret", "secret.md", "Secret"));
            secret.describe(new PageDescription("secret.md", "Secret", null, null, null, List.of("hidden-tag"),
                    dev.studyportal.core.content.PageCategory.ROOT, false, null, null, true));
            return save(sections.save(new Section(secret, "s", "S", 0)), "What is regularization's secret?", "None.", 0);
        });

        assertThat(ids(LibraryFilter.all().matching("regularization"))).doesNotContain(hidden);
        assertThat(library.count("ana", LibraryFilter.all())).isEqualTo(3);
        assertThat(library.pages()).extracting(PageOption::title).doesNotContain("Secret");
        assertThat(library.tags()).doesNotContain("hidden-tag");
        assertThat(reviews.agenda("ana").newToday()).as("unlisted questions are not offered as new").isEqualTo(3);
        assertThat(questions.findById(hidden)).isPresent();
    }

    @Test
    void status_and_bookmark_are_the_learners_own() {
        reviews.rate("ana", adam, Rating.GOOD, Duration.ofSeconds(1));
        reviews.toggleBookmark("ana", l1);

        assertThat(ids(LibraryFilter.all().withStatus(CardStatus.LEARNING))).containsExactly(adam);
        assertThat(ids(LibraryFilter.all().withStatus(CardStatus.NEW))).containsExactlyInAnyOrder(l1, dropout);
        assertThat(ids(LibraryFilter.all().bookmarked(true))).containsExactly(l1);
        assertThat(library.find("bob", LibraryFilter.all().bookmarked(true), PageRequest.of(0, 10))).isEmpty();
        assertThat(library.find("bob", LibraryFilter.all().withStatus(CardStatus.NEW), PageRequest.of(0, 10))).hasSize(3);
    }

    @Test
    void changed_questions_are_those_edited_after_the_learners_last_review() {
        reviews.rate("ana", dropout, Rating.GOOD, Duration.ofSeconds(1));
        transaction.executeWithoutResult(status -> questions.findById(dropout).orElseThrow()
                .rewrite(new QuestionContent("What is dropout?", "Randomly zeroes activations while training.")));

        assertThat(library.find("ana", LibraryFilter.all().changed(true), PageRequest.of(0, 10)))
                .singleElement().satisfies(entry -> {
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
        return library.find("ana", filter, PageRequest.of(0, 50)).stream().map(LibraryEntry::id).toList();
    }

    private long save(Section section, String title, String answer, int position) {
        return questions.save(new Question(QuestionKey.derived(section.getPage().getDocId(), title), section,
                new QuestionContent(title, answer),
                new QuestionPlacement(null, position, section.getPage().getPath(), 1 + position))).id();
    }
}
