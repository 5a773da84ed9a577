package dev.studyportal.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.studyportal.core.CoreTestApplication;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.core.testsupport.TestBank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class NoteServiceMariaDbTest {

    @Autowired
    NoteService notes;
    @Autowired
    TestBank bank;

    private long questionId;

    @BeforeEach
    void aQuestionAndTwoLearners() {
        bank.reset();
        bank.write(content -> questionId = content.question(content.section(content.page("bank", "Bank"), "s", "S"),
                "Why?", "Because."));
        bank.learners("ana", "bob");
    }

    @Test
    void a_note_is_saved_and_read_back_by_its_author_only() {
        assertThat(notes.save("ana", questionId, "Remember the **chain rule**")).isPresent();

        assertThat(notes.note("ana", questionId)).isEqualTo("Remember the **chain rule**");
        assertThat(notes.note("bob", questionId)).isEmpty();
    }

    @Test
    void saving_the_same_text_again_changes_nothing() {
        notes.save("ana", questionId, "Same");

        assertThat(notes.save("ana", questionId, "Same")).isEmpty();
    }

    @Test
    void an_overlong_note_is_refused_and_the_old_one_kept() {
        notes.save("ana", questionId, "Kept");

        assertThatIllegalArgumentException().isThrownBy(() -> notes.save("ana", questionId, "x".repeat(Note.MAX_LENGTH + 1)));
        assertThat(notes.note("ana", questionId)).isEqualTo("Kept");
    }
}
