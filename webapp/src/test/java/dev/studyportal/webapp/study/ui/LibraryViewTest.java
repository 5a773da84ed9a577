package dev.studyportal.webapp.study.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.content.SectionSummary;
import dev.studyportal.core.library.LibraryEntry;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "librarian", roles = "LEARNER")
class LibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewService reviews;

    @BeforeEach
    void theLearnerHasAnAccount() {
        TestLearners.ensure(accounts, "librarian");
    }

    @Test
    void the_library_lists_the_nine_sections_of_the_seed_with_their_question_counts() {
        LibraryView library = navigate(LibraryView.class);

        assertThat(test(library.sections).size()).isEqualTo(9);
        SectionSummary theory = test(library.sections).getRow(0);
        assertThat(theory.title()).isEqualTo("Theory & Fundamentals");
        assertThat(theory.questionCount()).isEqualTo(5);
        assertThat(test(library.sections).getRow(7).isReading()).isTrue();
    }

    @Test
    void all_twenty_questions_are_listed_until_a_section_is_picked() {
        LibraryView library = navigate(LibraryView.class);
        assertThat(test(library.questions).size()).isEqualTo(20);

        test(library.sections).select(1);

        assertThat(test(library.questions).size()).isEqualTo(3);
        assertThat(library.heading.getText()).isEqualTo("Mathematics");
        assertThat(test(library.questions).getRow(0))
                .extracting(LibraryEntry::displayNumber)
                .isEqualTo("6");
    }

    @Test
    void a_reading_section_shows_its_text_instead_of_questions() {
        LibraryView library = navigate(LibraryView.class);

        test(library.sections).select(7);

        assertThat(library.readingPane.isVisible()).isTrue();
        assertThat(library.questions.isVisible()).isFalse();
        assertThat(library.filters.isVisible()).isFalse();
    }

    @Test
    void search_finds_words_in_answers_as_well_as_titles() {
        LibraryView library = navigate(LibraryView.class);

        test(library.filters.search).setValue("SMOTE");

        assertThat(test(library.questions).size()).isEqualTo(1);
        assertThat(test(library.questions).getRow(0).title()).isEqualTo("How do you handle imbalanced datasets?");
    }

    @Test
    void the_bookmarked_filter_shows_only_the_learners_bookmarks() {
        LibraryView library = navigate(LibraryView.class);
        long pytorch = test(library.questions).getRow(13).id();
        reviews.toggleBookmark("librarian", pytorch);

        test(library.filters.bookmarked).click();

        assertThat(test(library.questions).size()).isEqualTo(1);
        assertThat(test(library.questions).getRow(0).bookmarked()).isTrue();
        reviews.toggleBookmark("librarian", pytorch);
    }
}
