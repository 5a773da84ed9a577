package dev.studyportal.webapp.failure;

import dev.studyportal.core.failure.DatabaseOutage;

/** What a person is told when something they did failed: never a stack trace, always what to do next. */
public record FailureNotice(String title, String advice) {

    static final FailureNotice DATABASE_UNAVAILABLE = new FailureNotice(
            "The portal cannot reach its database just now",
            "Nothing was saved. Your progress so far is safe; try again in a moment.");

    static FailureNotice unexpected(String reference) {
        return new FailureNotice(
                "Something went wrong",
                "It has been logged with reference " + reference
                        + ". Try again, and tell an administrator if it keeps happening.");
    }

    /** The notice for {@code failure}; unexpected failures get a reference to find them in the log. */
    static FailureNotice of(Throwable failure, String reference) {
        return DatabaseOutage.isCauseOf(failure) ? DATABASE_UNAVAILABLE : unexpected(reference);
    }
}
