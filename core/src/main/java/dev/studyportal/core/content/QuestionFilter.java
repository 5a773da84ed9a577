package dev.studyportal.core.content;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What the library narrows its question list to. Empty text means no text filter. */
public record QuestionFilter(@Nullable Long sectionId, @Nullable String text) {

    public static QuestionFilter all() {
        return new QuestionFilter(null, null);
    }

    public static QuestionFilter inSection(long sectionId) {
        return new QuestionFilter(sectionId, null);
    }

    /**
     * A LIKE pattern with the user's own wildcards escaped, or null when there is nothing to match.
     * The escape character is '!' because a backslash in a SQL literal means different things on
     * MySQL and H2.
     */
    @Nullable String likePattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
