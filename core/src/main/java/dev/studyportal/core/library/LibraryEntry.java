package dev.studyportal.core.library;

import dev.studyportal.core.review.CardStatus;
import org.jspecify.annotations.Nullable;

/** A question in the library list, with where the learner stands with it. */
public record LibraryEntry(
        long id,
        @Nullable String displayNumber,
        String title,
        String sectionTitle,
        String pageTitle,
        CardStatus status,
        boolean bookmarked,
        boolean changedSinceLastReview) {

    /** For the query's constructor expression, which computes the status as its name. */
    public LibraryEntry(
            long id,
            @Nullable String displayNumber,
            String title,
            String sectionTitle,
            String pageTitle,
            String status,
            @Nullable Boolean bookmarked,
            @Nullable Boolean changed) {
        this(
                id,
                displayNumber,
                title,
                sectionTitle,
                pageTitle,
                CardStatus.valueOf(status),
                Boolean.TRUE.equals(bookmarked),
                Boolean.TRUE.equals(changed));
    }
}
