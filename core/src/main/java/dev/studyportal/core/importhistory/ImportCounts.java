package dev.studyportal.core.importhistory;

/**
 * What a run left and what it changed: the active pages, sections and questions after the run,
 * and the number of questions per change kind.
 */
public record ImportCounts(
        int pages, int sections, int questions, int added, int updated, int moved, int retired, int revived) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public int changes() {
        return added + updated + moved + retired + revived;
    }
}
