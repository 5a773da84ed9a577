package dev.studyportal.core.content;

import org.jspecify.annotations.Nullable;

/** Where a question stands in the bank: shown number, order in its section, file and line. */
public record QuestionPlacement(@Nullable String displayNumber, int position, String sourcePath, int sourceLine) {

    public QuestionPlacement {
        if (position < 0) {
            throw new IllegalArgumentException("A position is zero or more, not " + position);
        }
        if (sourcePath == null || sourcePath.isBlank()) {
            throw new IllegalArgumentException("A question needs the path of its source file");
        }
        if (sourceLine < 1) {
            throw new IllegalArgumentException("Source lines count from 1, not " + sourceLine);
        }
    }
}
