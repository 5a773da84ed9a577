package dev.studyportal.importer.parse;

import dev.studyportal.core.shared.ExplainedException;

/** A problem in one file, at a line counted from 1; the parser turns it into a {@link ContentError}. */
class ContentException extends ExplainedException {

    private final int line;

    ContentException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
