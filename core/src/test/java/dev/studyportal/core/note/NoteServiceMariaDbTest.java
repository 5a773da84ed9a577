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
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = CoreTestApplication.class)
@MariaDbTest
class NoteServiceMariaDbTest {

    @Autowired
    NoteService notes;

    @Autowired
    TestBank bank;

    @Autowired
    JdbcTemplate jdbc;

    private long questionId;

    @BeforeEach
    void aQuestionAndTwoLearners() {
        bank.reset();
        bank.write(content -> questionId =
                content.question(content.section(content.page("bank", "Bank"), "s", "S"), "Why?", "Because."));
        bank.learners("ana", "bob");
    }

    @Test
    void a_note_is_saved_and_read_back_by_its_author_only() {
        assertThat(notes.save("ana", questionId, "Remember the **chain rule**")).isPresent();

        assertThat(notes.note("ana", questionId)).isEqualTo("Remember the **chain rule**");
        assertThat(notes.note("bob", questionId)).isEmpty();
    }

    @Test
    void a_note_fills_the_schemas_visibility_column_which_has_no_default_as_private() {
        notes.save("ana", questionId, "Mine");

        assertThat(jdbc.queryForObject("""
                select column_default from information_schema.columns
                where table_schema = database() and table_name = 'note' and column_name = 'visibility'""", String.class))
                .as("no default: the entity must keep writing the column")
                .isNull();
        assertThat(jdbc.queryForList("select visibility from note", String.class))
                .containsExactly("PRIVATE");
    }

    @Test
    void saving_the_same_text_again_changes_nothing() {
        notes.save("ana", questionId, "Same");

        assertThat(notes.save("ana", questionId, "Same")).isEmpty();
    }

    @Test
    void an_overlong_note_is_refused_and_the_old_one_kept() {
        notes.save("ana", questionId, "Kept");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> notes.save("ana", questionId, "x".repeat(Note.MAX_LENGTH + 1)));
        assertThat(notes.note("ana", questionId)).isEqualTo("Kept");
    }
}
