package dev.studyportal.core.content;

import org.jspecify.annotations.Nullable;

/** A section as the library lists it. */
public record SectionSummary(
        long id, String pageTitle, String title, @Nullable String readingBody, long questionCount) {

    /** Practice Tips, Further Resources: sections to read rather than to be quizzed on. */
    public boolean isReading() {
        return questionCount == 0;
    }
}
