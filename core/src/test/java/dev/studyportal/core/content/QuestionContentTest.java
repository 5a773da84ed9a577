package dev.studyportal.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionContentTest {

    @Test
    void line_endings_and_trailing_spaces_do_not_change_the_hash() {
        QuestionContent unix = new QuestionContent("What is X?", "**Answer:**\nIt is Y.  \n");
        QuestionContent windows = new QuestionContent("What is X? ", "\r\n**Answer:**\r\nIt is Y.\r\n\r\n");

        assertThat(windows.hash()).isEqualTo(unix.hash());
    }

    @Test
    void a_changed_word_changes_the_hash() {
        assertThat(new QuestionContent("What is X?", "It is Y.").hash())
                .isNotEqualTo(new QuestionContent("What is X?", "It is Z.").hash());
    }

    @Test
    void title_and_answer_cannot_trade_text_without_changing_the_hash() {
        assertThat(new QuestionContent("ab", "c").hash()).isNotEqualTo(new QuestionContent("a", "bc").hash());
    }

    @Test
    void indentation_of_the_first_answer_line_is_kept() {
        assertThat(new QuestionContent("T", "\n    code()\n").answer()).isEqualTo("    code()");
    }
}
