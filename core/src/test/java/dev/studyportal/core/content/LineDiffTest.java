package dev.studyportal.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.content.LineDiff.Kind;
import dev.studyportal.core.content.LineDiff.Line;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void an_edited_line_shows_as_removed_then_added_between_unchanged_ones() {
        assertThat(LineDiff.between("a\nb\nc", "a\nB\nc"))
                .containsExactly(
                        new Line(Kind.SAME, "a"),
                        new Line(Kind.REMOVED, "b"),
                        new Line(Kind.ADDED, "B"),
                        new Line(Kind.SAME, "c"));
    }

    @Test
    void appended_and_dropped_lines_are_marked() {
        assertThat(LineDiff.between("a\nb", "b\nc"))
                .containsExactly(new Line(Kind.REMOVED, "a"), new Line(Kind.SAME, "b"), new Line(Kind.ADDED, "c"));
    }

    @Test
    void equal_texts_have_only_unchanged_lines() {
        assertThat(LineDiff.between("x\ny", "x\ny")).extracting(Line::kind).containsOnly(Kind.SAME);
    }
}
