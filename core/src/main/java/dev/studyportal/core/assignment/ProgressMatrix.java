package dev.studyportal.core.assignment;

import java.util.List;

/**
 * A page of the progress matrix: the assignment's questions as columns, and members as rows with one
 * {@link CellStatus} per column, in the columns' order.
 */
public record ProgressMatrix(List<Column> questions, List<Row> rows) {

    public ProgressMatrix {
        questions = List.copyOf(questions);
        rows = List.copyOf(rows);
    }

    /** @param number the question's number in the bank, as the library shows it, or empty */
    public record Column(long questionId, String number, String title) {}

    public record Row(MemberProgress member, List<CellStatus> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
