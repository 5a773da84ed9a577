package dev.studyportal.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionTest {

    private final Section section = new Section(new Page("doc", "doc.md", "Doc"), "basics", "Basics", 0);
    private final QuestionPlacement placement = new QuestionPlacement("1", 0, "doc.md", 9);

    @Test
    void a_new_question_starts_at_version_one() {
        Question question = new Question(
                QuestionKey.derived("doc", "What?"), section, new QuestionContent("What?", "That."), placement);

        assertThat(question.getContentVersion()).isEqualTo(1);
        assertThat(question.isRetired()).isFalse();
    }

    @Test
    void only_a_real_change_of_wording_makes_a_new_version() {
        Question question = new Question(
                QuestionKey.derived("doc", "What?"), section, new QuestionContent("What?", "That."), placement);

        assertThat(question.rewrite(new QuestionContent("What? ", "That.\r\n"))).isFalse();
        assertThat(question.rewrite(new QuestionContent("What?", "That, and more.")))
                .isTrue();
        assertThat(question.getContentVersion()).isEqualTo(2);
    }

    @Test
    void an_unnumbered_question_can_be_placed_where_it_already_stands() {
        QuestionPlacement unnumbered = new QuestionPlacement(null, 0, "doc.md", 3);
        Question question = new Question(
                QuestionKey.derived("doc", "What?"), section, new QuestionContent("What?", "That."), unnumbered);

        assertThat(question.place(unnumbered)).isFalse();
    }

    @Test
    void retiring_and_reviving_say_whether_anything_changed() {
        Question question = new Question(
                QuestionKey.derived("doc", "What?"), section, new QuestionContent("What?", "That."), placement);

        assertThat(question.retire()).isTrue();
        assertThat(question.retire()).isFalse();
        assertThat(question.revive()).isTrue();
        assertThat(question.revive()).isFalse();
    }

    @Test
    void renumbering_is_a_placement_change_not_a_content_change() {
        Question question = new Question(
                QuestionKey.derived("doc", "What?"), section, new QuestionContent("What?", "That."), placement);

        assertThat(question.place(new QuestionPlacement("7", 6, "doc.md", 80))).isTrue();
        assertThat(question.getContentVersion()).isEqualTo(1);
        assertThat(question.getDisplayNumber()).isEqualTo("7");
    }
}
