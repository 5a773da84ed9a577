package dev.studyportal.importer.parse;

/** A problem in one file, at a line counted from 1; the parser turns it into a {@link ContentError}. */
class ContentException extends RuntimeException {

    private final int line;
    private final String message;

    ContentException(int line, String message) {
        super(message);
        this.line = line;
        this.message = message;
    }

    /** The message, which every content error has: the importer shows it beside the file and line. */
    @Override
    public String getMessage() {
        return message;
    }

    int line() {
        return line;
    }
}
