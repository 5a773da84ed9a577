package dev.studyportal.importer.parse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@code ##} section: its questions, and whatever else it holds as reading content. */
public record ParsedSection(
        String slug,
        String title,
        int position,
        @Nullable String readingBody,
        List<ParsedQuestion> questions,
        int line) {

    public ParsedSection {
        questions = List.copyOf(questions);
    }
}
