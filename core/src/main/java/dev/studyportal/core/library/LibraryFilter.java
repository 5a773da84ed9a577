package dev.studyportal.core.library;

import dev.studyportal.core.review.CardStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the library narrows its list to. Empty fields mean "any".
 *
 * @param text words to find in titles and answers; every word must match the start of a word
 */
public record LibraryFilter(
        @Nullable Long pageId,
        @Nullable Long sectionId,
        @Nullable String tag,
        @Nullable String text,
        @Nullable CardStatus status,
        boolean bookmarkedOnly,
        boolean changedOnly) {

    public static LibraryFilter all() {
        return new LibraryFilter(null, null, null, null, null, false, false);
    }

    public LibraryFilter inSection(@Nullable Long section) {
        return new LibraryFilter(pageId, section, tag, text, status, bookmarkedOnly, changedOnly);
    }

    public LibraryFilter matching(@Nullable String words) {
        return new LibraryFilter(pageId, sectionId, tag, words, status, bookmarkedOnly, changedOnly);
    }

    public LibraryFilter withStatus(@Nullable CardStatus wanted) {
        return new LibraryFilter(pageId, sectionId, tag, text, wanted, bookmarkedOnly, changedOnly);
    }

    public LibraryFilter bookmarked(boolean only) {
        return new LibraryFilter(pageId, sectionId, tag, text, status, only, changedOnly);
    }

    public LibraryFilter changed(boolean only) {
        return new LibraryFilter(pageId, sectionId, tag, text, status, bookmarkedOnly, only);
    }

    public LibraryFilter onPage(@Nullable Long page) {
        return new LibraryFilter(page, sectionId, tag, text, status, bookmarkedOnly, changedOnly);
    }

    public LibraryFilter tagged(@Nullable String wanted) {
        return new LibraryFilter(pageId, sectionId, wanted, text, status, bookmarkedOnly, changedOnly);
    }
}
