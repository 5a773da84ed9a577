package dev.studyportal.importer.parse;

/** Something in the bank that stops an import, with where to fix it. Lines count from 1. */
public record ContentError(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
