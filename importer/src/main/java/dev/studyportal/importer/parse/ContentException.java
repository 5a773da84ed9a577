package dev.studyportal.importer.parse;

/** A problem in one file, at a line counted from 1; the parser turns it into a {@link ContentError}. */
class ContentException extends RuntimeException {

    private final int line;

    ContentException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
